#pragma once
// Checks of typed text shared by the lab's records: blank fields and calendar dates.

#include <string>

namespace gasbench::storage {

// True for text that is empty or only white space (ASCII or Unicode, the ideographic space
// U+3000 included): a required field given as "   " is missing.
bool isBlank(const std::string& text);

// True for a real calendar date written exactly YYYY-MM-DD (not 2026/05/18, not 2026.02.20).
bool isIsoDate(const std::string& text);

// Today in the lab (local time) as YYYY-MM-DD: no sampling or production date lies after it.
std::string localToday();

}  // namespace gasbench::storage
