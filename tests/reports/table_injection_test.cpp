// Issue 18, case 7: a producer named "=HYPERLINK(...)" went as-is into the problem-products CSV
// and XLSX the bureau opens in a spreadsheet. Records renamed by a second program (sqlite3), the
// tables exported by `gasbench export`, and the files read back by Python: in the CSV every cell
// that begins with =, +, -, @, tab or CR carries a leading ', in the XLSX it is a string cell with
// its text exactly, no cell is a formula, and the serial numbers and counts are numeric cells.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "gasbench/storage/sampling_batch.hpp"
#include "report_records.hpp"

namespace gasbench::reports {
namespace {

// CSV: the rows as Python's csv module reads them (a CR inside a quoted cell kept).
// XLSX: each cell of the sheet as {"ref": [type, text]}, with the number of formulas.
const char* kReadCells = R"py(
import sys, json, csv, io, zipfile, xml.etree.ElementTree as ET
path = sys.argv[1]
if path.endswith('.csv'):
    raw = open(path, 'rb').read()
    assert raw.startswith(b'\xef\xbb\xbf')
    print(json.dumps(list(csv.reader(io.StringIO(raw[3:].decode('utf-8'), newline='')))))
    sys.exit(0)
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(path)
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
cells, formulas = {}, 0
for c in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter('{%s}c' % ns['m']):
    if c.find('m:f', ns) is not None:
        formulas += 1
    t = c.get('t', 'n')
    v = c.find('m:v', ns)
    text = ''
    if t == 's' and v is not None:
        text = shared[int(v.text)]
    elif t == 'inlineStr':
        text = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))
    elif v is not None:
        text = v.text
    else:
        t = 'blank'
    cells[c.get('r')] = [t, text]
print(json.dumps({'cells': cells, 'formulas': formulas}))
)py";

QJsonDocument readCells(const std::string& path) {
    QProcess p;
    p.start("/usr/bin/python3", {"-c", kReadCells, QString::fromStdString(path)});
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(p.readAllStandardOutput());
}

void sqlite3(const std::string& db, const std::string& sql) {
    QProcess p;
    p.start("/usr/bin/sqlite3", {QString::fromStdString(db), QString::fromStdString(sql)});
    p.waitForFinished(60000);
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
}

const std::string kName = "=HYPERLINK(\"http://evil.example/?x\",\"点击查看\")";

class TableInjectionTest : public ::testing::Test {
protected:
    void SetUp() override {
        // C-2026-005 failed: its producer and batch renamed by another program.
        auto batch = storage::findSamplingBatch(records_.db(), "C-2026-005");
        ASSERT_TRUE(batch);
        sqlite3(records_.path(),
                "UPDATE enterprises SET name = '" + std::string(QString::fromStdString(kName).replace("'", "''").toStdString()) +
                    "', address = '+86 江苏', contact = '@SUM(A1:A9)', province = '-2+3' WHERE id = " +
                    std::to_string(batch->producerId) + ";" +
                    "UPDATE sampling_batches SET product_name = char(9) || '=1+1', production_date = NULL, "
                    "batch_number = char(13) || '=2+2' WHERE sampling_number = 'C-2026-005';");
    }
    std::string exported(const std::string& table, const std::string& format) {
        std::string out = dir_.filePath(QString::fromStdString(table + "." + format)).toStdString();
        QProcess p;
        p.start(QString(GASBENCH_BIN_DIR) + "/gasbench",
                {"export", QString::fromStdString(table), "--from", "2026-01-01", "--to", "2026-12-31", "--format",
                 QString::fromStdString(format), "--out", QString::fromStdString(out), "--db",
                 QString::fromStdString(records_.path())});
        p.waitForFinished(120000);
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
        return out;
    }

    testsupport::ReportRecords records_;
    QTemporaryDir dir_;
};

TEST_F(TableInjectionTest, CsvCellsThatLookLikeFormulasAreText) {
    auto rows = readCells(exported("problem-products", "csv")).array();
    QJsonArray row;
    for (const auto& r : rows)
        if (r.toArray().at(9).toString().contains("C-2026-005")) row = r.toArray();
    ASSERT_FALSE(row.isEmpty()) << QJsonDocument(rows).toJson().toStdString();
    EXPECT_EQ(row.at(4).toString().toStdString(), "'" + kName);
    EXPECT_EQ(row.at(5).toString().toStdString(), "'+86 江苏");
    EXPECT_EQ(row.at(6).toString().toStdString(), "'@SUM(A1:A9)");
    EXPECT_EQ(row.at(1).toString().toStdString(), "'-2+3");
    EXPECT_EQ(row.at(2).toString().toStdString(), "'\t=1+1");
    EXPECT_EQ(row.at(7).toString().toStdString(), "'\r=2+2");
    // The serial number stays a bare number; ordinary text is untouched.
    EXPECT_FALSE(row.at(0).toString().startsWith('\'')) << row.at(0).toString().toStdString();
    EXPECT_TRUE(row.at(9).toString().startsWith("抽样单号")) << row.at(9).toString().toStdString();
}

TEST_F(TableInjectionTest, XlsxTextIsStringCellsAndNumbersAreNumericCells) {
    auto problems = readCells(exported("problem-products", "xlsx")).object();
    EXPECT_EQ(problems["formulas"].toInt(), 0);
    const QJsonObject cells = problems["cells"].toObject();
    // Row 1 the title, row 2 the headings, rows 3... one per failed sample (columns A to J).
    bool found = false;
    for (int r = 3; cells.contains("A" + QString::number(r)); ++r) {
        auto cell = [&](char col) { return cells["" + QString(col) + QString::number(r)].toArray(); };
        EXPECT_EQ(cell('A').at(0).toString(), "n") << "序号 of row " << r;
        EXPECT_EQ(cell('A').at(1).toString(), QString::number(r - 2));
        if (cell('E').at(1).toString().toStdString() != kName) continue;
        found = true;
        EXPECT_EQ(cell('E').at(0).toString(), "s");
        EXPECT_EQ(cell('F').at(1).toString().toStdString(), "+86 江苏");
        EXPECT_EQ(cell('F').at(0).toString(), "s");
        EXPECT_EQ(cell('G').at(1).toString().toStdString(), "@SUM(A1:A9)");
        EXPECT_EQ(cell('B').at(1).toString().toStdString(), "-2+3");
        EXPECT_EQ(cell('B').at(0).toString(), "s");
        EXPECT_EQ(cell('C').at(1).toString().toStdString(), "\t=1+1");
        EXPECT_EQ(cell('H').at(0).toString(), "s");
    }
    EXPECT_TRUE(found) << QJsonDocument(cells).toJson().toStdString();

    auto statistics = readCells(exported("statistics", "xlsx")).object();
    EXPECT_EQ(statistics["formulas"].toInt(), 0);
    const QJsonObject stats = statistics["cells"].toObject();
    // Rows 5... one per category: the name text, the lab's counts numbers (the last two columns).
    ASSERT_TRUE(stats.contains("A5"));
    EXPECT_EQ(stats["A5"].toArray().at(0).toString(), "s");
    int numeric = 0;
    for (auto it = stats.begin(); it != stats.end(); ++it) {
        const auto ref = it.key();
        if (ref.mid(ref.indexOf(QRegularExpression("[0-9]"))).toInt() < 5 || ref.startsWith("A")) continue;
        const QString type = it.value().toArray().at(0).toString();
        EXPECT_TRUE(type == "n" || type == "blank") << ref.toStdString() << " is " << type.toStdString();
        if (type == "n") ++numeric;
    }
    EXPECT_GT(numeric, 0);
}

}  // namespace
}  // namespace gasbench::reports
