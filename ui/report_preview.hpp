#pragma once
// The report as it will print: its pages rendered from the same layout as the PDF, one image
// under the other in a scroll area.

#include <QScrollArea>
#include <vector>

#include "gasbench/reports/report_pdf.hpp"

class QVBoxLayout;

namespace gasbench::ui {

class ReportPreview : public QScrollArea {
    Q_OBJECT
  public:
    explicit ReportPreview(QWidget* parent = nullptr);
    void show(const reports::ReportContent& content, const reports::ReportStamp& stamp);
    void clear(const QString& why);
    int pageCount() const { return pages_; }

  private:
    QVBoxLayout* column_ = nullptr;
    int pages_ = 0;
};

}  // namespace gasbench::ui
