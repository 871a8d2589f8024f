#include "report_preview.hpp"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace gasbench::ui {

namespace {
constexpr int kPreviewDpi = 72;
}

ReportPreview::ReportPreview(QWidget* parent) : QScrollArea(parent) {
    setObjectName("reportPreview");
    auto* inner = new QWidget;
    column_ = new QVBoxLayout(inner);
    column_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(inner);
    setWidgetResizable(true);
    setMinimumHeight(240);
}

void ReportPreview::clear(const QString& why) {
    while (auto* item = column_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    pages_ = 0;
    if (!why.isEmpty()) column_->addWidget(new QLabel(why));
}

void ReportPreview::show(const reports::ReportContent& content, const reports::ReportStamp& stamp) {
    clear({});
    for (const QImage& page : reports::renderReportImages(content, stamp, kPreviewDpi)) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        column_->addWidget(label);
        ++pages_;
    }
}

}  // namespace gasbench::ui
