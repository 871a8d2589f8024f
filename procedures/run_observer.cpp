#include "gasbench/procedures/run_observer.hpp"

#include <sstream>

namespace gasbench::procedures {

std::string timedWaitText(const TimedWait& wait) {
    std::ostringstream text;
    text << wait.what << ' ' << units::inSeconds(wait.length) << " s";
    return text.str();
}

}  // namespace gasbench::procedures
