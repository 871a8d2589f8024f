// gasbench version: what this program is, for bug reports and report footers.
#include <iostream>

#include "verb.hpp"

namespace gasbench::cli {
namespace {

int runVersion(Args& args) {
    args.finish();
    std::cout << "gasbench " << GASBENCH_VERSION << '\n';
    return 0;
}

}  // namespace

GASBENCH_VERB("version", "print the program version", "usage: gasbench version\n", runVersion);

}  // namespace gasbench::cli
