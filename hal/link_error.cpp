#include "gasbench/hal/link_error.hpp"

namespace gasbench::hal {

std::string_view linkErrorKindName(LinkErrorKind k) {
    switch (k) {
        case LinkErrorKind::timeout:
            return "timeout";
        case LinkErrorKind::linkDown:
            return "link down";
        case LinkErrorKind::crc:
            return "CRC error";
        case LinkErrorKind::exception:
            return "Modbus exception";
        case LinkErrorKind::badLength:
            return "bad answer";
        case LinkErrorKind::config:
            return "configuration";
        case LinkErrorKind::refused:
            return "refused";
        case LinkErrorKind::wrongDevice:
            return "wrong device";
    }
    return "?";
}

std::string exceptionName(int code) {
    switch (code) {
        case 1:
            return "illegal function";
        case 2:
            return "illegal data address";
        case 3:
            return "illegal data value";
        case 4:
            return "server device failure";
        case 5:
            return "acknowledge";
        case 6:
            return "server busy";
        case 7:
            return "negative acknowledge";
        case 8:
            return "memory parity error";
        case 10:
            return "gateway path unavailable";
        case 11:
            return "gateway target failed to respond";
        default:
            return "exception " + std::to_string(code);
    }
}

ReadingStatus readingStatusFor(LinkErrorKind k) {
    switch (k) {
        case LinkErrorKind::timeout:
            return ReadingStatus::Timeout;
        case LinkErrorKind::linkDown:
            return ReadingStatus::LinkDown;
        case LinkErrorKind::crc:
            return ReadingStatus::Crc;
        case LinkErrorKind::exception:
            return ReadingStatus::Exception;
        case LinkErrorKind::badLength:
            return ReadingStatus::BadLength;
        case LinkErrorKind::config:
        case LinkErrorKind::refused:
            return ReadingStatus::LinkDown;  // no reading could be taken
        case LinkErrorKind::wrongDevice:
            return ReadingStatus::BadLength;  // an answer, but not the expected one
    }
    return ReadingStatus::LinkDown;
}

}  // namespace gasbench::hal
