#include "screenshots.hpp"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTabWidget>
#include <QThread>
#include <stdexcept>

#include "batches_section.hpp"
#include "charts_section.hpp"
#include "gasbench/storage/run_records.hpp"
#include "main_window.hpp"
#include "reports_section.hpp"
#include "run_console.hpp"
#include "time_chart.hpp"

namespace gasbench::ui {
namespace {

void settle() {
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

}  // namespace

QStringList saveSectionScreenshots(MainWindow& window, const QString& dir,
                                   const QString& language) {
    QDir().mkpath(dir);
    auto runs = storage::listRuns(window.database());
    std::optional<storage::StoredRun> chartRun;
    for (const auto& r : runs) {
        if (!chartRun || r.info.procedureId == "flame-failure") chartRun = r;
        if (r.info.procedureId == "flame-failure" && r.verdict) break;
    }
    if (!runs.empty()) {
        const auto& last = runs.back();
        window.console()->choose(QString::fromStdString(last.info.sampleCode),
                                 QString::fromStdString(last.info.procedureId));
        window.console()->showRun(last.id);
        window.reports()->selectSample(QString::fromStdString(last.info.sampleCode));
        window.batches()->selectSample(QString::fromStdString(last.info.sampleCode));
    }
    if (chartRun) window.charts()->showRecordedRun(chartRun->id);

    const char* names[] = {"batches", "run-console", "charts", "devices", "reports"};
    QStringList files;
    for (int i = 0; i < window.sections()->count(); ++i) {
        window.sections()->setCurrentIndex(i);
        settle();
        if (i == MainWindow::chartsTab) window.charts()->chart().refresh();
        QString file = QDir(dir).filePath(
            QStringLiteral("%1-%2-%3.png").arg(i + 1, 2, 10, QChar('0')).arg(names[i], language));
        if (!window.grab().save(file))
            throw std::runtime_error("cannot write " + file.toStdString());
        files << file;
    }
    return files;
}

}  // namespace gasbench::ui
