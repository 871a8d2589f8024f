#include "gasbench/reports/table_files.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <optional>
#include <string_view>

#include "gasbench/reports/report_error.hpp"

namespace gasbench::reports {
namespace {

bool isNumberColumn(const CampaignTable& table, std::size_t column) {
    return std::find(table.numberColumns.begin(), table.numberColumns.end(), column) !=
           table.numberColumns.end();
}

// A number column's cell as a number; nullopt for text (an empty cell stays empty).
std::optional<double> numberOf(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

// A spreadsheet reads a cell that begins with one of these as a formula (a producer named
// "=HYPERLINK(...)" would be a link in the bureau's copy); a leading ' makes it text.
bool looksLikeFormula(const std::string& text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string csvField(std::string text, bool number) {
    if (!number && looksLikeFormula(text)) text.insert(0, 1, '\'');
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void writeCsvRow(std::ostream& out, const std::vector<std::string>& row, const CampaignTable* numbers) {
    for (std::size_t i = 0; i < row.size(); ++i)
        out << (i ? "," : "")
            << csvField(row[i], numbers && isNumberColumn(*numbers, i) && numberOf(row[i]));
    out << "\r\n";
}

void check(lxw_error error, const std::string& path) {
    if (error != LXW_NO_ERROR)
        throw ReportError("cannot write " + path + ": " + lxw_strerror(error));
}

}  // namespace

void writeTable(const CampaignTable& table, TableFormat format, const std::string& path) {
    if (format == TableFormat::xlsx) writeTableXlsx(table, path);
    else writeTableCsv(table, path);
}

void writeTableCsv(const CampaignTable& table, const std::string& path) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw ReportError("cannot write " + path);
    out << "\xEF\xBB\xBF";  // so spreadsheet programs read the file as UTF-8
    for (const auto& row : table.headers) writeCsvRow(out, row, nullptr);
    for (const auto& row : table.rows) writeCsvRow(out, row, &table);
    out.close();
    if (!out) throw ReportError("writing " + path + " failed");
}

void writeTableXlsx(const CampaignTable& table, const std::string& path) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (!book) throw ReportError("cannot write " + path);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    lxw_format* title = workbook_add_format(book);
    format_set_bold(title);
    format_set_font_size(title, 14);
    lxw_format* head = workbook_add_format(book);
    format_set_bold(head);
    format_set_border(head, LXW_BORDER_THIN);
    format_set_align(head, LXW_ALIGN_CENTER);
    format_set_align(head, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(head);
    format_set_bg_color(head, 0xEEEEEE);
    lxw_format* cell = workbook_add_format(book);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);

    worksheet_write_string(sheet, 0, 0, table.title.c_str(), title);
    const lxw_row_t top = 1;
    const auto levels = static_cast<lxw_row_t>(table.headers.size());
    const std::size_t width = table.headers.empty() ? 0 : table.headers.front().size();
    for (lxw_row_t r = 0; r < levels; ++r) {
        const auto& row = table.headers[r];
        for (std::size_t c = 0; c < width;) {
            // A heading repeated over columns (with the same headings above it) is one merged cell;
            // a heading with nothing below it reaches down to the last header row.
            std::size_t end = c + 1;
            auto sameAbove = [&](std::size_t col) {
                for (lxw_row_t a = 0; a <= r; ++a)
                    if (table.headers[a][col] != table.headers[a][c]) return false;
                return true;
            };
            while (!row[c].empty() && end < width && sameAbove(end)) ++end;
            lxw_row_t last = r;
            if (end == c + 1 && !row[c].empty())
                while (last + 1 < levels && table.headers[last + 1][c].empty()) ++last;
            const auto col0 = static_cast<lxw_col_t>(c), col1 = static_cast<lxw_col_t>(end - 1);
            if (end > c + 1 || last > r) {
                worksheet_merge_range(sheet, top + r, col0, top + last, col1, row[c].c_str(), head);
            } else if (!row[c].empty() || r + 1 == levels || !table.headers[r + 1][c].empty()) {
                worksheet_write_string(sheet, top + r, col0, row[c].c_str(), head);
            }
            c = end;
        }
    }
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto r = static_cast<lxw_row_t>(top + levels + i);
        for (std::size_t c = 0; c < table.rows[i].size(); ++c) {
            // write_string always makes a string cell (never a formula); counts are numbers.
            const std::string& text = table.rows[i][c];
            const auto col = static_cast<lxw_col_t>(c);
            auto number = isNumberColumn(table, c) ? numberOf(text) : std::nullopt;
            if (number) worksheet_write_number(sheet, r, col, *number, cell);
            else if (text.empty()) worksheet_write_blank(sheet, r, col, cell);
            else worksheet_write_string(sheet, r, col, text.c_str(), cell);
        }
    }
    worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(std::max<std::size_t>(width, 1) - 1), 16, nullptr);
    check(workbook_close(book), path);
}

}  // namespace gasbench::reports
