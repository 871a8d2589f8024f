// The campaign's eight product categories and their names in the statistics table.
#include "gasbench/procedures/category.hpp"

#include <array>
#include <utility>

namespace gasbench::procedures {
namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kCategories{{
    {"household-cooker", "家用燃气灶具"},
    {"commercial-cooker", "商用燃气灶具"},
    {"lpg-regulator", "瓶装液化石油气调压器"},
    {"gas-hose", "燃气连接用软管"},
    {"gas-detector", "可燃气体探测器"},
    {"shutoff-valve", "燃气紧急切断阀"},
    {"water-heater", "燃气热水器"},
    {"lpg", "液化石油气"},
}};

}  // namespace

bool isProductCategory(std::string_view id) { return !productCategoryNameZh(id).empty(); }

std::string productCategoryList() {
    std::string all;
    for (const auto& c : kCategories) all += (all.empty() ? "" : ", ") + std::string(c.first);
    return all;
}

std::string_view productCategoryNameZh(std::string_view id) {
    for (const auto& c : kCategories) {
        if (c.first == id) return c.second;
    }
    return {};
}

}  // namespace gasbench::procedures
