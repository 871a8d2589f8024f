#pragma once
// The names of test items as the report prints them, by the item id profiles use.

#include <string>

namespace gasbench::reports {

// "闭阀时间" / "closing time"; an unknown id reads as its words ("new_item" -> "new item").
std::string itemName(const std::string& itemId, bool chinese);

}  // namespace gasbench::reports
