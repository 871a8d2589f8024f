#pragma once
// Errors of the lab's records. StorageError: SQLite itself failed (disk, lock, constraint).
// RecordError: a record was refused before it reached the database; it names the field.

#include <stdexcept>
#include <string>

namespace gasbench::storage {

class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class RecordError : public std::runtime_error {
public:
    RecordError(std::string field, std::string problem)
        : std::runtime_error(field + ": " + problem),
          field_(std::move(field)),
          problem_(std::move(problem)) {}
    const std::string& field() const { return field_; }
    const std::string& problem() const { return problem_; }

private:
    std::string field_;
    std::string problem_;
};

}  // namespace gasbench::storage
