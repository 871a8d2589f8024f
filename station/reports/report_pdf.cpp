#include "gasbench/reports/report_pdf.hpp"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <memory>

#include "gasbench/reports/report_error.hpp"
#include "pdf_unicode_fix.hpp"
#include "report_html.hpp"

namespace gasbench::reports {
namespace {

const char* const kFontFiles[] = {
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
};
const char* const kFontFamily = "Noto Sans CJK SC";
constexpr int kPdfDpi = 300;
// Latin letters and digits from DejaVu Sans: Noto CJK's shaped digits (after Latin letters)
// are glyphs without a code point of their own and dropped out of the PDF's text.
const QStringList kFontFamilies{"DejaVu Sans", kFontFamily};

// The lab's mark: a ring with 检 in it, drawn rather than shipped as a file.
QImage logo() {
    QImage image(256, 256, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor("#1f4e8c"), 14));
    p.drawEllipse(QRectF(10, 10, 236, 236));
    QFont f(kFontFamily);
    f.setPixelSize(130);
    p.setFont(f);
    p.drawText(QRectF(0, 0, 256, 256), Qt::AlignCenter, QString::fromUtf8("检"));
    return image;
}

double mm(const QPaintDevice& d, double millimetres) { return millimetres / 25.4 * d.logicalDpiY(); }
// Frame margins are in the layout's logical pixels (96 per inch); it scales them to the device.
double mmLogical(double millimetres) { return millimetres / 25.4 * 96; }

// The report cut into pages by whole blocks: the head, then results rows, then the close. A row
// never crosses a page (each page is its own document, checked to fit on one), the table's
// header repeats on every page it continues on, and the close never stands alone on a last
// page: the last rows come over with it.
struct LaidOut {
    std::vector<std::unique_ptr<QTextDocument>> pages;
    QSizeF page;
};

class PageMaker {
public:
    explicit PageMaker(QPaintDevice& device) : device_(device), page_(device.width(), device.height()) {}

    std::unique_ptr<QTextDocument> make(const QString& body) const {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&device_);
        QFont font;
        font.setFamilies(kFontFamilies);
        font.setPointSizeF(9.5);
        // Any letter spacing turns ligatures off: "fi" stays two letters in the PDF's text.
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
        doc->setDefaultFont(font);
        // Drawn once: fitting the pages lays out a document per row tried.
        static const QImage mark = logo();
        doc->addResource(QTextDocument::ImageResource, QUrl("gasbench:logo"), mark);
        doc->setHtml(reportPageHtml(body));
        QTextFrameFormat frame = doc->rootFrame()->frameFormat();
        frame.setLeftMargin(mmLogical(18));
        frame.setRightMargin(mmLogical(18));
        frame.setTopMargin(mmLogical(15));
        frame.setBottomMargin(mmLogical(22));
        doc->rootFrame()->setFrameFormat(frame);
        doc->setPageSize(page_);
        return doc;
    }
    bool fits(const QString& body) const { return make(body)->pageCount() <= 1; }
    QSizeF page() const { return page_; }

private:
    QPaintDevice& device_;
    QSizeF page_;
};

LaidOut layOut(QPaintDevice& device, const ReportContent& content, const ReportStamp& stamp) {
    loadReportFonts();
    PageMaker maker(device);
    const std::size_t rows = content.rows.size();
    struct Page {
        QString lead;  // the head on the first page
        std::size_t first = 0, last = 0;
        bool close = false;
    };
    auto body = [&](const Page& p) {
        QString b = p.lead;
        if (p.last > p.first) b += resultsHtml(content, p.first, p.last);
        if (p.close) b += reportCloseHtml(content, stamp);
        return b;
    };
    std::vector<Page> pages{{reportHeadHtml(content, stamp), 0, 0, false}};
    std::size_t next = 0;
    while (next < rows) {
        Page& p = pages.back();
        Page trial = p;
        trial.last = next + 1;
        if (maker.fits(body(trial))) {
            p.last = ++next;
        } else if (p.last == p.first && !p.lead.isEmpty()) {
            pages.push_back({QString(), next, next, false});  // the head filled the first page
        } else if (p.last == p.first) {
            p.last = ++next;  // a row taller than a page: nothing better than a page of its own
        } else {
            pages.push_back({QString(), next, next, false});
        }
    }
    // The close goes with the last rows; when it does not fit beside them, it takes the last two
    // rows (one when the page has only two) to a page of its own rather than stand there alone.
    Page withClose = pages.back();
    withClose.close = true;
    if (maker.fits(body(withClose))) {
        pages.back().close = true;
    } else {
        Page& last = pages.back();
        std::size_t carry = std::min<std::size_t>(2, last.last - last.first > 1 ? last.last - last.first - 1 : 0);
        Page tail{QString(), last.last - carry, last.last, true};
        last.last -= carry;
        pages.push_back(tail);
    }
    LaidOut out;
    out.page = maker.page();
    for (const auto& p : pages) out.pages.push_back(maker.make(body(p)));
    return out;
}

// One page: its slice of the document, the footer and, on a draft, the draft mark across it.
void paintPage(QPainter& painter, const QPaintDevice& device, const LaidOut& report, int index,
               const ReportContent& content, const ReportStamp& stamp) {
    const QSizeF page = report.page;
    const int pages = static_cast<int>(report.pages.size());
    painter.save();
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(0, 0, page.width(), page.height());
    report.pages[static_cast<std::size_t>(index)]->documentLayout()->draw(&painter, ctx);
    painter.restore();
    QFont footerFont;
    footerFont.setFamilies(kFontFamilies);
    footerFont.setPointSizeF(8.5);
    painter.setFont(footerFont);
    painter.setPen(Qt::black);
    QRectF footer(mm(device, 18), page.height() - mm(device, 17), page.width() - mm(device, 36),
                  mm(device, 8));
    painter.drawLine(footer.topLeft(), footer.topRight());
    painter.drawText(footer, Qt::AlignCenter, reportFooter(content, stamp, index + 1, pages));
    if (!stamp.final) {
        painter.save();
        QFont mark(kFontFamily);
        mark.setPointSizeF(90);
        painter.setFont(mark);
        painter.setPen(QColor(200, 0, 0, 50));
        painter.translate(page.width() / 2, page.height() / 2);
        painter.rotate(-35);
        painter.drawText(QRectF(-page.width(), -page.height() / 4, 2 * page.width(), page.height() / 2),
                         Qt::AlignCenter, draftMark(content));
        painter.restore();
    }
}

}  // namespace

bool loadReportFonts() {
    static const bool loaded = [] {
        bool any = false;
        for (const char* file : kFontFiles) any = QFontDatabase::addApplicationFont(file) >= 0 || any;
        return any;
    }();
    return loaded;
}

QByteArray renderReportPdf(const ReportContent& content, const ReportStamp& stamp) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kPdfDpi);
        writer.setCreator("gasbench");
        writer.setTitle(QString::fromStdString(stamp.number));
        LaidOut report = layOut(writer, content, stamp);
        QPainter painter(&writer);
        for (int i = 0; i < static_cast<int>(report.pages.size()); ++i) {
            if (i > 0) writer.newPage();
            paintPage(painter, writer, report, i, content, stamp);
        }
    }
    if (bytes.isEmpty()) throw ReportError("the report's PDF came out empty");
    mapRadicalsToIdeographs(bytes);
    return bytes;
}

std::vector<QImage> renderReportImages(const ReportContent& content, const ReportStamp& stamp,
                                       int dpi) {
    // Laid out for the PDF's device, so the preview breaks its pages where the PDF does, and
    // painted scaled down onto one image per page.
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kPdfDpi);
    LaidOut report = layOut(writer, content, stamp);
    const double scale = static_cast<double>(dpi) / kPdfDpi;
    const QSize size(qRound(report.page.width() * scale), qRound(report.page.height() * scale));
    std::vector<QImage> pages;
    for (int i = 0; i < static_cast<int>(report.pages.size()); ++i) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(scale, scale);
            paintPage(painter, writer, report, i, content, stamp);
        }
        pages.push_back(image);
    }
    return pages;
}

}  // namespace gasbench::reports

// fontconfig keeps its caches until the process ends (Qt never calls FcFini), which
// LeakSanitizer reports as leaks of every program that lays out a report. The sanitizer runtime
// asks for this list at start; without sanitizers nothing calls it. It sits in this file so that
// every program that renders a report links it.
extern "C" const char* __lsan_default_suppressions();
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }
