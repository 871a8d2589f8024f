#include "gasbench/station/lab_details_json.hpp"

#include <QJsonDocument>
#include <QJsonObject>

namespace gasbench::station {

std::string labDetailsJson(const LabDetails& lab) {
    QJsonObject o{{"name", QString::fromStdString(lab.name)},
                  {"name_en", QString::fromStdString(lab.nameEn)},
                  {"address", QString::fromStdString(lab.address)},
                  {"accreditation", QString::fromStdString(lab.accreditation)},
                  {"report_number_pattern", QString::fromStdString(lab.reportNumberPattern)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

std::optional<LabDetails> parseLabDetailsJson(const std::string& json) {
    if (json.empty()) return std::nullopt;
    QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    if (!o.value("name").isString()) return std::nullopt;
    auto text = [&o](const char* key) { return o.value(key).toString().toStdString(); };
    return LabDetails{text("name"), text("name_en"), text("address"), text("accreditation"),
                      text("report_number_pattern")};
}

}  // namespace gasbench::station
