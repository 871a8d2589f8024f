#include "pdf_unicode_fix.hpp"

#include <QString>
#include <tuple>
#include <utility>

namespace gasbench::reports {
namespace {

bool isRadical(uint code) { return code >= 0x2E80 && code <= 0x2FDF; }

// Simplified-form radicals without a Unicode decomposition that Noto CJK draws with the
// ideograph's glyph (页 came out as ⻚).
constexpr std::pair<uint, uint> kSupplement[] = {
    {0x2E81, 0x5382}, {0x2EA0, 0x6C11}, {0x2EC5, 0x89C1}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66},
    {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE},
    {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EE2, 0x9A6C}, {0x2EE5, 0x9C7C}, {0x2EE6, 0x9E1F},
    {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99},
};

// The ideograph a radical stands for, or 0 when there is none in the BMP.
uint ideographOf(uint radical) {
    for (auto [from, to] : kSupplement)
        if (from == radical) return to;
    QString n = QString(QChar(radical)).normalized(QString::NormalizationForm_KC);
    if (n.size() != 1 || n.at(0).unicode() == radical) return 0;
    return n.at(0).unicode();
}

// Rewrites the destinations of one "begin..." to "end..." block; `skip` source codes lead
// each line (2 in a bfrange, 1 in a bfchar).
int fixBlock(QByteArray& pdf, qsizetype from, qsizetype to, int skip) {
    int changed = 0;
    qsizetype line = from;
    while (line < to) {
        qsizetype end = pdf.indexOf('\n', line);
        if (end < 0 || end > to) end = to;
        int token = 0;
        for (qsizetype i = line; i < end; ++i) {
            if (pdf[i] != '<') continue;
            qsizetype close = pdf.indexOf('>', i);
            if (close < 0 || close > end) break;
            if (token++ >= skip && close - i == 5) {
                bool ok = false;
                uint code = pdf.mid(i + 1, 4).toUInt(&ok, 16);
                uint ideograph = ok && isRadical(code) ? ideographOf(code) : 0;
                if (ideograph) {
                    QByteArray hex = QByteArray::number(ideograph, 16).toUpper().rightJustified(4, '0');
                    pdf.replace(i + 1, 4, hex);
                    ++changed;
                }
            }
            i = close;
        }
        line = end + 1;
    }
    return changed;
}

}  // namespace

int mapRadicalsToIdeographs(QByteArray& pdf) {
    int changed = 0;
    for (auto [begin, end, skip] : {std::tuple{"beginbfrange", "endbfrange", 2},
                                    std::tuple{"beginbfchar", "endbfchar", 1}}) {
        qsizetype at = 0;
        while ((at = pdf.indexOf(begin, at)) >= 0) {
            qsizetype stop = pdf.indexOf(end, at);
            if (stop < 0) break;
            changed += fixBlock(pdf, at, stop, skip);
            at = stop;
        }
    }
    return changed;
}

}  // namespace gasbench::reports
