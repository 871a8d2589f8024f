#pragma once
// The one catalogue of the names a technician reads for a run's ids, in Chinese and English:
// the steps of each procedure, the timed waits they announce, and the profile items. The
// window, the report and the campaign tables translate by id from here, not from copies.

#include <string>

namespace gasbench::procedures {

enum class Named { step, wait, item };

// "闭阀时间" / "closing time". An id the catalogue lacks reads as its words ("new_item" -> "new
// item"); tests/procedures/catalogue_test keeps every registered step and profile item in it.
std::string nameOf(Named kind, const std::string& id, bool chinese);
bool catalogued(Named kind, const std::string& id);

}  // namespace gasbench::procedures
