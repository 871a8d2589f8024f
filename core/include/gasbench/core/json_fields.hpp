#pragma once
// Reads fields of a JSON object with the path of each field kept, so that every bad value is
// refused with a ConfigError naming the file, the field ("channels[3].type") and what was
// expected. All of gasbench's data files (maps, station configs, scenarios, profiles, batch
// files) are read through it.

#include <QJsonArray>
#include <QJsonObject>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/core/config_error.hpp"
#include "gasbench/core/units.hpp"

namespace gasbench {

class JsonFields {
public:
    JsonFields(QJsonObject object, std::string file, std::string path = {});

    // Parses a whole file; a syntax error names the line and column.
    static JsonFields fromFile(const std::string& file);
    static JsonFields fromBytes(const QByteArray& bytes, const std::string& file);

    bool has(const char* key) const;
    std::string string(const char* key) const;
    std::optional<std::string> optString(const char* key) const;
    double number(const char* key) const;
    std::optional<double> optNumber(const char* key) const;
    // A whole number within [low, high].
    long long integer(const char* key, long long low, long long high) const;
    std::optional<long long> optInteger(const char* key, long long low, long long high) const;
    bool boolean(const char* key) const;
    std::optional<bool> optBoolean(const char* key) const;
    JsonFields object(const char* key) const;
    std::optional<JsonFields> optObject(const char* key) const;
    // Each element of an array of objects, its path ending in "[i]".
    std::vector<JsonFields> objects(const char* key) const;
    std::vector<std::string> strings(const char* key) const;
    // One of the names given; returns its index.
    std::size_t oneOf(const char* key, std::initializer_list<const char*> names) const;
    // A unit symbol (parseUnit), refused with the list of known symbols.
    units::UnitSpec unit(const char* key) const;
    // Refuses keys other than the ones named (catches typos like "adress").
    void allowOnly(std::initializer_list<const char*> keys) const;

    // A ConfigError for a field of this object (for checks only the caller can make).
    ConfigError error(const char* key, const std::string& problem) const;
    ConfigError error(const std::string& problem) const;  // about the object itself

    const QJsonObject& raw() const { return object_; }
    const std::string& file() const { return file_; }
    std::string fieldPath(const char* key) const;

private:
    QJsonValue require(const char* key) const;

    QJsonObject object_;
    std::string file_;
    std::string path_;
};

}  // namespace gasbench
