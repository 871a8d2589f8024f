#include "gasbench/core/reading.hpp"

namespace gasbench {

std::string_view readingStatusName(ReadingStatus s) {
    switch (s) {
        case ReadingStatus::Ok: return "ok";
        case ReadingStatus::Timeout: return "timeout";
        case ReadingStatus::LinkDown: return "link-down";
        case ReadingStatus::Crc: return "crc";
        case ReadingStatus::Exception: return "exception";
        case ReadingStatus::BadLength: return "bad-length";
        case ReadingStatus::OutOfRange: return "out-of-range";
    }
    return "?";
}

}  // namespace gasbench
