#include "gasbench/storage/record_checks.hpp"

#include <QDate>
#include <QString>

namespace gasbench::storage {

bool isBlank(const std::string& text) { return QString::fromStdString(text).trimmed().isEmpty(); }

bool isIsoDate(const std::string& text) {
    // Qt's ISODate parser takes any punctuation as the separator; the records take only '-'.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    return QDate::fromString(QString::fromStdString(text), "yyyy-MM-dd").isValid();
}

std::string localToday() { return QDate::currentDate().toString("yyyy-MM-dd").toStdString(); }

}  // namespace gasbench::storage
