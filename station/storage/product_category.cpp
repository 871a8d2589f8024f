#include "gasbench/storage/product_category.hpp"

namespace gasbench::storage {
namespace {

struct CategoryNames {
    ProductCategory category;
    std::string_view id;
    std::string_view zh;
};

constexpr std::array<CategoryNames, 8> kNames = {{
    {ProductCategory::householdCooker, "household-cooker", "家用燃气灶具"},
    {ProductCategory::commercialCooker, "commercial-cooker", "商用燃气灶具"},
    {ProductCategory::lpgRegulator, "lpg-regulator", "瓶装液化石油气调压器"},
    {ProductCategory::gasHose, "gas-hose", "燃气连接用软管"},
    {ProductCategory::gasDetector, "gas-detector", "可燃气体探测器"},
    {ProductCategory::shutoffValve, "shutoff-valve", "燃气紧急切断阀"},
    {ProductCategory::waterHeater, "water-heater", "燃气热水器"},
    {ProductCategory::lpg, "lpg", "液化石油气"},
}};

const CategoryNames& namesOf(ProductCategory c) { return kNames[static_cast<std::size_t>(c)]; }

}  // namespace

const std::array<ProductCategory, 8>& allProductCategories() {
    static const std::array<ProductCategory, 8> all = {
        ProductCategory::householdCooker, ProductCategory::commercialCooker,
        ProductCategory::lpgRegulator,    ProductCategory::gasHose,
        ProductCategory::gasDetector,     ProductCategory::shutoffValve,
        ProductCategory::waterHeater,     ProductCategory::lpg};
    return all;
}

std::string_view productCategoryId(ProductCategory c) { return namesOf(c).id; }

std::string_view productCategoryNameZh(ProductCategory c) { return namesOf(c).zh; }

std::optional<ProductCategory> parseProductCategory(std::string_view id) {
    for (const auto& n : kNames) {
        if (n.id == id) return n.category;
    }
    return std::nullopt;
}

std::string_view productCategoryIds() {
    return "household-cooker, commercial-cooker, lpg-regulator, gas-hose, gas-detector, "
           "shutoff-valve, water-heater, lpg";
}

}  // namespace gasbench::storage
