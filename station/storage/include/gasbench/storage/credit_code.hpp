#pragma once
// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from
// 0-9 and the capital letters without I, O, Z, S, V; the 18th is a check character over the
// first 17 (weights 3^(i-1) mod 31).

#include <optional>
#include <string>
#include <string_view>

namespace gasbench::storage {

enum class CreditCodeProblem {
    none,
    wrongLength,         // not 18 characters
    forbiddenCharacter,  // I, O, Z, S, V, lower case, or anything not in the code's alphabet
    wrongCheckCharacter,
};

CreditCodeProblem checkCreditCode(std::string_view code);

// A sentence for an error message: what is wrong with `code`, or "" when it is valid.
std::string describeCreditCodeProblem(std::string_view code);

// The check character for the first 17 characters; nullopt if they are not 17 valid ones.
std::optional<char> creditCodeCheckCharacter(std::string_view first17);

}  // namespace gasbench::storage
