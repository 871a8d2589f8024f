// Every verb of the `gasbench` program, as `gasbench help` lists them, given wrong arguments:
// an option it does not know, or a required option or argument left out, prints the verb's
// usage and exits 2 — before it touches a database, a file or a device. Each verb's usage text
// (`gasbench VERB --help`) says what it requires; no list of verbs is kept here.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <QTemporaryDir>
#include <algorithm>
#include <array>
#include <cstdio>
#include <sstream>

#include "sim_process.hpp"
#include "usage_line.hpp"

using namespace gasbench;

namespace {

struct Result {
    int exitCode = -1;
    std::string output;  // stdout and stderr
};

QTemporaryDir& home() {
    static QTemporaryDir dir;
    return dir;
}

// Runs the program with the words given; HOME and the data folder point at an empty temporary
// folder, so a verb that wrongly went ahead could not touch the user's database.
Result runGasbench(const std::vector<std::string>& words) {
    std::string command = "env HOME='" + home().path().toStdString() + "' XDG_DATA_HOME='" +
                          home().path().toStdString() + "' " + safety::gasbenchProgram();
    for (const auto& w : words) command += " '" + w + "'";
    command += " 2>&1 </dev/null";
    Result r;
    FILE* p = ::popen(command.c_str(), "r");
    if (p == nullptr) return r;
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), p)) r.output.append(buffer.data(), n);
    int status = ::pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::vector<std::string> listedVerbs() {
    Result help = runGasbench({"help"});
    std::vector<std::string> verbs;
    std::istringstream lines(help.output);
    std::string line;
    bool inList = false;
    while (std::getline(lines, line)) {
        if (line == "verbs:") {
            inList = true;
        } else if (inList && line.rfind("  ", 0) == 0) {
            std::istringstream words(line);
            std::string verb;
            words >> verb;
            verbs.push_back(verb);
        } else if (inList) {
            inList = false;
        }
    }
    return verbs;
}

// The words of a form with every required option and positional filled with a placeholder,
// leaving out the required item at `skip` (options first, then positionals; -1: none).
std::vector<std::string> commandLine(const std::string& verb, const safety::UsageForm& form, int skip) {
    std::vector<std::string> words{verb};
    for (const auto& s : form.subcommand) words.push_back(s);
    int i = 0;
    for (const auto& [option, value] : form.required) {
        if (i++ == skip) continue;
        words.push_back(option);
        if (!value.empty()) words.push_back(value == "csv" ? value : "PLACEHOLDER-" + value);
    }
    for (const auto& p : form.positionals) {
        if (i++ == skip) continue;
        words.push_back("PLACEHOLDER-" + p);
    }
    return words;
}

std::string shown(const std::vector<std::string>& words) {
    std::string s = "gasbench";
    for (const auto& w : words) s += " " + w;
    return s;
}

void expectUsageError(const std::string& verb, const std::vector<std::string>& words) {
    Result r = runGasbench(words);
    EXPECT_EQ(r.exitCode, 2) << shown(words) << "\n" << r.output;
    EXPECT_NE(r.output.find("usage: gasbench " + verb), std::string::npos)
        << shown(words) << " did not print its usage:\n" << r.output;
}

}  // namespace

TEST(VerbList, HelpListsTheVerbs) {
    auto verbs = listedVerbs();
    EXPECT_GE(verbs.size(), 8u);
    EXPECT_NE(std::find(verbs.begin(), verbs.end(), "run"), verbs.end());
    Result unknown = runGasbench({"no-such-verb"});
    EXPECT_EQ(unknown.exitCode, 2) << unknown.output;
    EXPECT_NE(unknown.output.find("usage: gasbench VERB"), std::string::npos) << unknown.output;
}

TEST(VerbUsage, EveryVerbRefusesWrongArgumentsWithItsUsage) {
    auto verbs = listedVerbs();
    ASSERT_FALSE(verbs.empty());
    int requiredChecked = 0;
    for (const auto& verb : verbs) {
        SCOPED_TRACE(verb);
        Result help = runGasbench({verb, "--help"});
        ASSERT_EQ(help.exitCode, 0) << help.output;
        auto forms = safety::usageForms(verb, help.output);
        ASSERT_FALSE(forms.empty()) << "no usage line in:\n" << help.output;
        for (const auto& form : forms) {
            // A complete command line plus an option no verb has.
            auto words = commandLine(verb, form, -1);
            words.push_back("--no-such-option");
            expectUsageError(verb, words);
            // Each required item left out in turn.
            int items = static_cast<int>(form.required.size() + form.positionals.size());
            for (int skip = 0; skip < items; ++skip) {
                expectUsageError(verb, commandLine(verb, form, skip));
                ++requiredChecked;
            }
            if (!form.subcommand.empty()) expectUsageError(verb, {verb});  // no subcommand
        }
    }
    EXPECT_GT(requiredChecked, 5) << "the usage texts name almost no required arguments";
}
