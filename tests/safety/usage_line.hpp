#pragma once
// Reads a verb's usage text ("usage: gasbench batch add --file BATCH.json [--db FILE]" and its
// continuation lines) into what a command line must hold: the subcommand words, the required
// options with their placeholder values, and the required positionals. Anything in brackets
// is optional and left out.

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

namespace gasbench::safety {

struct UsageForm {
    std::vector<std::string> subcommand;                        // "add"
    std::vector<std::pair<std::string, std::string>> required;  // {"--file", "BATCH.json"}
    std::vector<std::string> positionals;                       // "SAMPLING_NUMBER"
};

inline std::vector<UsageForm> usageForms(const std::string& verb, const std::string& usage) {
    std::vector<UsageForm> forms;
    std::istringstream lines(usage);
    std::string line;
    const std::string head = "gasbench " + verb;
    bool inForm = false;
    while (std::getline(lines, line)) {
        std::size_t at = line.find(head);
        std::size_t first = line.find_first_not_of(' ');
        if (at != std::string::npos && (line.rfind("usage:", 0) == 0 || at == first)) {
            forms.emplace_back();
            line = line.substr(at + head.size());
            inForm = true;
        } else if (!inForm || first == std::string::npos || (line[first] != '[' && line[first] != '-')) {
            inForm = false;
            continue;
        }
        std::istringstream words(line);
        std::string w;
        int depth = 0;
        UsageForm& form = forms.back();
        std::string pendingOption;
        while (words >> w) {
            int opens = static_cast<int>(std::count(w.begin(), w.end(), '['));
            int closes = static_cast<int>(std::count(w.begin(), w.end(), ']'));
            bool atTop = depth == 0 && opens == 0;
            depth += opens - closes;
            if (!atTop) continue;
            if (!pendingOption.empty() && w.rfind("--", 0) != 0) {
                form.required.back().second = w;
                pendingOption.clear();
            } else if (w.rfind("--", 0) == 0) {
                form.required.emplace_back(w, "");
                pendingOption = w;
            } else if (form.required.empty() && form.positionals.empty() && w != "..." &&
                       std::islower(static_cast<unsigned char>(w[0]))) {
                form.subcommand.push_back(w);
            } else {
                form.positionals.push_back(w);
            }
        }
    }
    return forms;
}

}  // namespace gasbench::safety
