#include "gasbench/core/json_fields.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace gasbench {
namespace {

std::string typeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null: return "null";
        case QJsonValue::Bool: return "a boolean";
        case QJsonValue::Double: return "a number";
        case QJsonValue::String: return "a string";
        case QJsonValue::Array: return "an array";
        case QJsonValue::Object: return "an object";
        case QJsonValue::Undefined: return "nothing";
    }
    return "?";
}

// The text of a JSON string starting at bytes[i] (the opening quote), escapes decoded; i ends
// past the closing quote. The document already parsed, so the string is well formed.
QString readString(const QByteArray& bytes, qsizetype& i) {
    const qsizetype start = ++i;
    bool escaped = false;
    while (i < bytes.size() && (escaped || bytes[i] != '"')) {
        escaped = !escaped && bytes[i] == '\\';
        ++i;
    }
    const QByteArray quoted = '"' + bytes.mid(start, i - start) + '"';
    ++i;
    // Decoded as a one-element array, so that "a" and "\u0061" are the same key.
    return QJsonDocument::fromJson('[' + quoted + ']').array().at(0).toString();
}

// QJsonDocument keeps the last of two equal keys in an object without a word; a file that
// names a field twice is refused instead (which of the two values was meant is not known).
void refuseDuplicateKeys(const QByteArray& bytes, const std::string& file) {
    struct Level {
        bool object = false;
        QSet<QString> keys;
        std::string path;
        qsizetype index = 0;  // arrays: the element being read
    };
    std::vector<Level> levels;
    std::string lastKey;
    bool expectKey = false;
    int line = 1;
    auto childPath = [&]() {
        if (levels.empty()) return std::string();
        const Level& up = levels.back();
        if (up.object) return up.path.empty() ? lastKey : up.path + "." + lastKey;
        return up.path + "[" + std::to_string(up.index) + "]";
    };
    for (qsizetype i = 0; i < bytes.size();) {
        const char c = bytes[i];
        if (c == '"') {
            QString text = readString(bytes, i);
            if (expectKey && !levels.empty() && levels.back().object) {
                Level& here = levels.back();
                lastKey = text.toStdString();
                if (here.keys.contains(text)) {
                    std::string field = here.path.empty() ? lastKey : here.path + "." + lastKey;
                    throw ConfigError(file, "line " + std::to_string(line) + ", " + field,
                                      "the key '" + lastKey + "' appears twice in one object "
                                      "(which value is meant is not known)");
                }
                here.keys.insert(text);
                expectKey = false;
            }
            continue;
        }
        if (c == '\n') ++line;
        if (c == '{' || c == '[') {
            std::string path = childPath();
            levels.push_back({c == '{', {}, std::move(path), 0});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!levels.empty()) levels.pop_back();
            expectKey = false;
        } else if (c == ',') {
            if (!levels.empty()) {
                if (levels.back().object) expectKey = true;
                else ++levels.back().index;
            }
        }
        ++i;
    }
}

}  // namespace

JsonFields::JsonFields(QJsonObject object, std::string file, std::string path)
    : object_(std::move(object)), file_(std::move(file)), path_(std::move(path)) {}

JsonFields JsonFields::fromFile(const std::string& file) {
    QFile f(QString::fromStdString(file));
    if (!f.open(QIODevice::ReadOnly)) {
        throw ConfigError(file, "", "cannot be read: " + f.errorString().toStdString());
    }
    return fromBytes(f.readAll(), file);
}

JsonFields JsonFields::fromBytes(const QByteArray& bytes, const std::string& file) {
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        int line = 1, column = 1;
        for (int i = 0; i < err.offset && i < bytes.size(); ++i) {
            if (bytes[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        throw ConfigError(file, "line " + std::to_string(line) + ", column " + std::to_string(column),
                          "not valid JSON: " + err.errorString().toStdString());
    }
    if (!doc.isObject()) throw ConfigError(file, "", "expected a JSON object at the top level");
    refuseDuplicateKeys(bytes, file);
    return JsonFields(doc.object(), file);
}

std::string JsonFields::fieldPath(const char* key) const {
    return path_.empty() ? std::string(key) : path_ + "." + key;
}

ConfigError JsonFields::error(const char* key, const std::string& problem) const {
    return ConfigError(file_, fieldPath(key), problem);
}

ConfigError JsonFields::error(const std::string& problem) const {
    return ConfigError(file_, path_, problem);
}

bool JsonFields::has(const char* key) const {
    return object_.contains(QLatin1String(key)) && !object_.value(QLatin1String(key)).isNull();
}

QJsonValue JsonFields::require(const char* key) const {
    if (!has(key)) throw error(key, "missing");
    return object_.value(QLatin1String(key));
}

std::string JsonFields::string(const char* key) const {
    QJsonValue v = require(key);
    if (!v.isString()) throw error(key, "expected a string, found " + typeName(v));
    return v.toString().toStdString();
}

std::optional<std::string> JsonFields::optString(const char* key) const {
    if (!has(key)) return std::nullopt;
    return string(key);
}

double JsonFields::number(const char* key) const {
    QJsonValue v = require(key);
    if (!v.isDouble()) throw error(key, "expected a number, found " + typeName(v));
    double d = v.toDouble();
    if (!std::isfinite(d)) throw error(key, "expected a finite number");
    return d;
}

std::optional<double> JsonFields::optNumber(const char* key) const {
    if (!has(key)) return std::nullopt;
    return number(key);
}

long long JsonFields::integer(const char* key, long long low, long long high) const {
    double d = number(key);
    if (d != std::floor(d)) throw error(key, "expected a whole number, found " + std::to_string(d));
    if (d < static_cast<double>(low) || d > static_cast<double>(high)) {
        throw error(key, "expected a whole number from " + std::to_string(low) + " to " +
                             std::to_string(high) + ", found " + QString::number(d).toStdString());
    }
    return static_cast<long long>(d);
}

std::optional<long long> JsonFields::optInteger(const char* key, long long low, long long high) const {
    if (!has(key)) return std::nullopt;
    return integer(key, low, high);
}

bool JsonFields::boolean(const char* key) const {
    QJsonValue v = require(key);
    if (!v.isBool()) throw error(key, "expected true or false, found " + typeName(v));
    return v.toBool();
}

std::optional<bool> JsonFields::optBoolean(const char* key) const {
    if (!has(key)) return std::nullopt;
    return boolean(key);
}

JsonFields JsonFields::object(const char* key) const {
    QJsonValue v = require(key);
    if (!v.isObject()) throw error(key, "expected an object, found " + typeName(v));
    return JsonFields(v.toObject(), file_, fieldPath(key));
}

std::optional<JsonFields> JsonFields::optObject(const char* key) const {
    if (!has(key)) return std::nullopt;
    return object(key);
}

std::vector<JsonFields> JsonFields::objects(const char* key) const {
    QJsonValue v = require(key);
    if (!v.isArray()) throw error(key, "expected an array, found " + typeName(v));
    std::vector<JsonFields> out;
    QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        std::string p = fieldPath(key) + "[" + std::to_string(i) + "]";
        if (!a[i].isObject()) throw ConfigError(file_, p, "expected an object, found " + typeName(a[i]));
        out.emplace_back(a[i].toObject(), file_, p);
    }
    return out;
}

std::vector<std::string> JsonFields::strings(const char* key) const {
    QJsonValue v = require(key);
    if (!v.isArray()) throw error(key, "expected an array of strings, found " + typeName(v));
    std::vector<std::string> out;
    QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a[i].isString()) {
            throw ConfigError(file_, fieldPath(key) + "[" + std::to_string(i) + "]",
                              "expected a string, found " + typeName(a[i]));
        }
        out.push_back(a[i].toString().toStdString());
    }
    return out;
}

std::size_t JsonFields::oneOf(const char* key, std::initializer_list<const char*> names) const {
    std::string v = string(key);
    std::size_t i = 0;
    std::string all;
    for (const char* n : names) {
        if (v == n) return i;
        all += (all.empty() ? "" : ", ") + std::string(n);
        ++i;
    }
    throw error(key, "expected one of " + all + ", found '" + v + "'");
}

units::UnitSpec JsonFields::unit(const char* key) const {
    std::string symbol = string(key);
    units::UnitSpec u;
    if (!units::parseUnit(symbol, u)) {
        throw error(key, "unknown unit '" + symbol + "', expected one of " + units::knownUnitSymbols());
    }
    return u;
}

void JsonFields::allowOnly(std::initializer_list<const char*> keys) const {
    for (auto it = object_.begin(); it != object_.end(); ++it) {
        bool known = false;
        std::string all;
        for (const char* k : keys) {
            if (it.key() == QLatin1String(k)) known = true;
            all += (all.empty() ? "" : ", ") + std::string(k);
        }
        if (!known) {
            std::string k = it.key().toStdString();
            throw ConfigError(file_, fieldPath(k.c_str()), "unknown field; expected one of " + all);
        }
    }
}

}  // namespace gasbench
