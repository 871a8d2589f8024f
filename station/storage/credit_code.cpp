#include "gasbench/storage/credit_code.hpp"

#include <array>

namespace gasbench::storage {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20,
                                          29, 25, 13, 8, 24, 10, 30, 28};
constexpr std::size_t kLength = 18;

int valueOf(char c) {
    auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

}  // namespace

std::optional<char> creditCodeCheckCharacter(std::string_view first17) {
    if (first17.size() != kWeights.size()) return std::nullopt;
    int sum = 0;
    for (std::size_t i = 0; i < kWeights.size(); ++i) {
        int v = valueOf(first17[i]);
        if (v < 0) return std::nullopt;
        sum += v * kWeights[i];
    }
    int check = 31 - sum % 31;
    return kAlphabet[static_cast<std::size_t>(check == 31 ? 0 : check)];
}

CreditCodeProblem checkCreditCode(std::string_view code) {
    if (code.size() != kLength) return CreditCodeProblem::wrongLength;
    for (char c : code) {
        if (valueOf(c) < 0) return CreditCodeProblem::forbiddenCharacter;
    }
    if (creditCodeCheckCharacter(code.substr(0, 17)) != code[17]) {
        return CreditCodeProblem::wrongCheckCharacter;
    }
    return CreditCodeProblem::none;
}

std::string describeCreditCodeProblem(std::string_view code) {
    std::string quoted = "'" + std::string(code) + "'";
    switch (checkCreditCode(code)) {
        case CreditCodeProblem::none: return "";
        case CreditCodeProblem::wrongLength:
            return quoted + " has " + std::to_string(code.size()) +
                   " characters; a unified social credit code has 18";
        case CreditCodeProblem::forbiddenCharacter:
            for (std::size_t i = 0; i < code.size(); ++i) {
                if (valueOf(code[i]) < 0) {
                    return quoted + ": character " + std::to_string(i + 1) + " '" + code[i] +
                           "' is not used in credit codes (only 0-9 and capitals without I O Z S V)";
                }
            }
            return quoted + " has a character not used in credit codes";
        case CreditCodeProblem::wrongCheckCharacter:
            return quoted + ": check character is '" + std::string(1, code[17]) + "', expected '" +
                   std::string(1, *creditCodeCheckCharacter(code.substr(0, 17))) +
                   "' (GB 32100-2015)";
    }
    return quoted + " is not valid";
}

}  // namespace gasbench::storage
