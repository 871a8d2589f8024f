#pragma once
// Reads an XLSX (openpyxl, Debian's python3-openpyxl) or CSV (Python's csv module, BOM checked)
// back into rows of text, independently of the code that wrote it.

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <string>
#include <vector>

namespace gasbench::testsupport {

using Rows = std::vector<std::vector<std::string>>;

inline const char* kReadTable = R"py(
import sys, json, csv
path = sys.argv[1]
rows = []
if path.endswith('.xlsx'):
    import openpyxl
    sheet = openpyxl.load_workbook(path).active
    for row in sheet.iter_rows(values_only=True):
        rows.append(['' if v is None else str(v) for v in row])
else:
    raw = open(path, 'rb').read()
    if not raw.startswith(b'\xef\xbb\xbf'):
        sys.exit('no byte-order mark')
    rows = [r for r in csv.reader(raw[3:].decode('utf-8').splitlines())]
print(json.dumps(rows))
)py";

inline Rows readTable(const std::string& path) {
    QProcess p;
    p.start("/usr/bin/python3", {"-c", kReadTable, QString::fromStdString(path)});
    p.waitForFinished(60000);
    Rows rows;
    if (p.exitCode() != 0) return rows;
    for (const auto& row : QJsonDocument::fromJson(p.readAllStandardOutput()).array()) {
        rows.emplace_back();
        for (const auto& cell : row.toArray()) rows.back().push_back(cell.toString().toStdString());
    }
    return rows;
}

}  // namespace gasbench::testsupport
