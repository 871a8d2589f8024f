#pragma once
// The product categories of the campaign's statistics table (STANDARDS.md), by the ids profiles
// and procedures use.

#include <string>
#include <string_view>

namespace gasbench::procedures {

// household-cooker, commercial-cooker, lpg-regulator, gas-hose, gas-detector, shutoff-valve,
// water-heater, lpg
bool isProductCategory(std::string_view id);
std::string productCategoryList();  // for error messages
std::string_view productCategoryNameZh(std::string_view id);  // 家用燃气灶具, ...; "" if unknown

}  // namespace gasbench::procedures
