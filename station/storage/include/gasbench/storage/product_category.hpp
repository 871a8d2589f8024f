#pragma once
// The campaign's eight product categories, with the ids used in files and the Chinese names
// used in reports and the statistics table.

#include <array>
#include <optional>
#include <string_view>

namespace gasbench::storage {

enum class ProductCategory {
    householdCooker,   // 家用燃气灶具
    commercialCooker,  // 商用燃气灶具
    lpgRegulator,      // 瓶装液化石油气调压器
    gasHose,           // 燃气连接用软管
    gasDetector,       // 可燃气体探测器
    shutoffValve,      // 燃气紧急切断阀
    waterHeater,       // 燃气热水器
    lpg,               // 液化石油气
};

const std::array<ProductCategory, 8>& allProductCategories();
std::string_view productCategoryId(ProductCategory c);      // "household-cooker"
std::string_view productCategoryNameZh(ProductCategory c);  // "家用燃气灶具"
std::optional<ProductCategory> parseProductCategory(std::string_view id);
// "household-cooker, commercial-cooker, ..." for error messages.
std::string_view productCategoryIds();

}  // namespace gasbench::storage
