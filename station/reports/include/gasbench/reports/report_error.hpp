#pragma once
// A report action the rules refuse (wrong role, wrong state, the reviewer approving, a wrong
// PIN), as opposed to a database failure (storage::StorageError).

#include <stdexcept>

namespace gasbench::reports {

class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace gasbench::reports
