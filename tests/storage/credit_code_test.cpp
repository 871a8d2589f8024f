// GB 32100-2015 unified social credit codes: valid ones pass, each kind of invalid one is told
// apart.
#include "gasbench/storage/credit_code.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace gasbench::storage;

namespace {

const char* kValidCodes[] = {
    "91350100M000100Y43",  // STANDARDS.md's worked example, with its correct check character
    "91440606707891234U", "91330206MA2GQ1234R", "91320583MA1MXK7L2W", "91370102MA3C5T8P16",
    "91350100MA2Y6R3H90", "92330212MA2H7D4K1L", "91350102MA8RT2QX51", "91440101MA5CK2L7Q8",
};

}  // namespace

TEST(StorageCreditCode, AcceptsValidCodes) {
    for (const char* code : kValidCodes) {
        EXPECT_EQ(checkCreditCode(code), CreditCodeProblem::none) << code;
        EXPECT_EQ(describeCreditCodeProblem(code), "") << code;
    }
}

TEST(StorageCreditCode, ComputesTheWorkedExampleCheckCharacter) {
    // STANDARDS.md: the first 17 sum to 1640, 1640 mod 31 = 28, check 31 - 28 = 3.
    EXPECT_EQ(creditCodeCheckCharacter("91350100M000100Y4"), '3');
}

TEST(StorageCreditCode, CheckValueThirtyOneBecomesZero) {
    // A weighted sum divisible by 31: seventeen zeros sum to 0, 31 - 0 = 31, which is '0'.
    EXPECT_EQ(creditCodeCheckCharacter("00000000000000000"), '0');
    EXPECT_EQ(checkCreditCode("000000000000000000"), CreditCodeProblem::none);
}

TEST(StorageCreditCode, CheckCharacterCanBeALetter) {
    EXPECT_EQ(creditCodeCheckCharacter("91440606707891234"), 'U');
}

TEST(StorageCreditCode, RefusesWrongLength) {
    EXPECT_EQ(checkCreditCode(""), CreditCodeProblem::wrongLength);
    EXPECT_EQ(checkCreditCode("91350100M000100Y4"), CreditCodeProblem::wrongLength);
    EXPECT_EQ(checkCreditCode("91350100M000100Y433"), CreditCodeProblem::wrongLength);
    EXPECT_NE(describeCreditCodeProblem("91350100M000100Y4").find("17 characters"),
              std::string::npos);
}

TEST(StorageCreditCode, RefusesEachForbiddenLetter) {
    for (char letter : {'I', 'O', 'Z', 'S', 'V'}) {
        std::string code = "91350100M000100Y43";
        code[8] = letter;  // the organisation code's first character
        EXPECT_EQ(checkCreditCode(code), CreditCodeProblem::forbiddenCharacter) << code;
        EXPECT_NE(describeCreditCodeProblem(code).find("character 9"), std::string::npos) << code;
    }
    EXPECT_EQ(creditCodeCheckCharacter("91350100O000100Y4"), std::nullopt);
}

TEST(StorageCreditCode, RefusesAForbiddenLetterInTheCheckPosition) {
    // STANDARDS.md: 91350100M000100Y4Z is invalid — Z is not in the alphabet at all.
    EXPECT_EQ(checkCreditCode("91350100M000100Y4Z"), CreditCodeProblem::forbiddenCharacter);
}

TEST(StorageCreditCode, RefusesLowerCaseAndPunctuation) {
    EXPECT_EQ(checkCreditCode("91350100m000100Y43"), CreditCodeProblem::forbiddenCharacter);
    EXPECT_EQ(checkCreditCode("91350100-000100Y43"), CreditCodeProblem::forbiddenCharacter);
    EXPECT_EQ(checkCreditCode("91350100M000100Y4 "), CreditCodeProblem::forbiddenCharacter);
}

TEST(StorageCreditCode, RefusesWrongCheckCharacter) {
    EXPECT_EQ(checkCreditCode("91350100M000100Y44"), CreditCodeProblem::wrongCheckCharacter);
    EXPECT_EQ(checkCreditCode("91440606707891234T"), CreditCodeProblem::wrongCheckCharacter);
    auto message = describeCreditCodeProblem("91350100M000100Y44");
    EXPECT_NE(message.find("expected '3'"), std::string::npos) << message;
}

TEST(StorageCreditCode, DetectsASingleChangedCharacter) {
    // Any one changed character of a valid code changes the check: the weights are all
    // non-zero mod 31 and 31 is prime.
    const std::string valid = "91330206MA2GQ1234R";
    const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    for (std::size_t i = 0; i < 17; ++i) {
        for (char c : alphabet) {
            if (c == valid[i]) continue;
            std::string changed = valid;
            changed[i] = c;
            ASSERT_EQ(checkCreditCode(changed), CreditCodeProblem::wrongCheckCharacter) << changed;
        }
    }
}
