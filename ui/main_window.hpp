#pragma once
// The station program's main window: the sections a lab uses (batches and samples, run console,
// live charts, devices, reports) as tabs, and above them, always visible, the red STOP (Esc,
// F12) and the run status. Layout, the section shown and the last choices are remembered. The
// language changes at once (the sections are built again in it; under a run, when it ends).

#include <QMainWindow>
#include <memory>

#include "gasbench/storage/database.hpp"
#include "run_controller.hpp"
#include "ui_options.hpp"

class QLabel;
class QPushButton;
class QTabWidget;

namespace gasbench::ui {

class BatchesSection;
class ChartsSection;
class DevicesSection;
class ReportsSection;
class RunConsole;

class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    enum Section { batchesTab, consoleTab, chartsTab, devicesTab, reportsTab };

    // Opens the database (throws storage errors: main reports them).
    explicit MainWindow(const UiOptions& options, QWidget* parent = nullptr);
    ~MainWindow() override;

    RunController& runs() { return *runs_; }
    storage::Database& database() { return db_; }
    QTabWidget* sections() const { return tabs_; }
    void showSection(Section s);
    QPushButton* stopButton() const { return stop_; }
    BatchesSection* batches() const { return batches_; }
    RunConsole* console() const { return console_; }
    ChartsSection* charts() const { return charts_; }
    DevicesSection* devices() const { return devices_; }
    ReportsSection* reports() const { return reports_; }
    // "zh_CN" or "en": the language shown.
    QString language() const;
    // The Language menu: saves the choice and shows it now, or once the current run ends.
    void chooseLanguage(const QString& language);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void buildSections();
    void retranslate();
    void buildMenus();
    void applyLanguage(const QString& language);
    bool openGlWanted() const;
    void applyOpenGl();
    void pressStop();

    UiOptions options_;
    storage::Database db_;
    std::unique_ptr<RunController> runs_;
    QTabWidget* tabs_ = nullptr;
    QPushButton* stop_ = nullptr;
    QLabel* runState_ = nullptr;
    QString pendingLanguage_;  // chosen during a run
    BatchesSection* batches_ = nullptr;
    RunConsole* console_ = nullptr;
    ChartsSection* charts_ = nullptr;
    DevicesSection* devices_ = nullptr;
    ReportsSection* reports_ = nullptr;
};

}  // namespace gasbench::ui
