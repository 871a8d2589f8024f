#include "main_window.hpp"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

#include "batches_section.hpp"
#include "charts_section.hpp"
#include "devices_section.hpp"
#include "language.hpp"
#include "report_sign_off_panel.hpp"
#include "reports_section.hpp"
#include "time_chart.hpp"
#include "run_console.hpp"

namespace gasbench::ui {

MainWindow::MainWindow(const UiOptions& options, QWidget* parent)
    : QMainWindow(parent), options_(options), db_(storage::Database::open(options.dbPath)) {
    setObjectName("mainWindow");
    runs_ = std::make_unique<RunController>(options_, this);

    // STOP above every section, in every state of the program; it outlives a change of language.
    auto* bar = new QToolBar;
    bar->setObjectName("stopBar");
    bar->setMovable(false);
    stop_ = new QPushButton;
    stop_->setObjectName("stopButton");
    stop_->setMinimumSize(220, 56);
    stop_->setStyleSheet(
        "QPushButton { background:#d50000; color:white; font-size:18pt; font-weight:bold;"
        " border:3px solid #7f0000; border-radius:6px; }"
        "QPushButton:pressed { background:#7f0000; }");
    stop_->setFocusPolicy(Qt::NoFocus);
    bar->addWidget(stop_);
    runState_ = new QLabel;
    runState_->setObjectName("runState");
    runState_->setStyleSheet("font-size:13pt; padding-left:16px;");
    bar->addWidget(runState_);
    addToolBar(Qt::TopToolBarArea, bar);
    connect(stop_, &QPushButton::clicked, this, &MainWindow::pressStop);
    for (QKeySequence key : {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_F12)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::ApplicationShortcut);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::pressStop);
    }

    connect(runs_.get(), &RunController::runStarted, this,
            [this](qint64 run, const QString& sample, const QString& procedure) {
                runState_->setText(tr("Run %1: %2 on %3").arg(run).arg(procedure, sample));
                runState_->setStyleSheet(
                    "font-size:13pt; padding-left:16px; color:#0d47a1; font-weight:bold;");
                showSection(consoleTab);
            });
    connect(runs_.get(), &RunController::runFinished, this, [this](qint64 run, bool completed) {
        runState_->setText(completed
                               ? tr("Run %1 completed. The bench is in its safe state.").arg(run)
                               : tr("Run %1 stopped. The bench is in its safe state.").arg(run));
        runState_->setStyleSheet("font-size:13pt; padding-left:16px;");
        // Queued: the console handles the same signal first, and the sections are rebuilt only
        // once nothing of the run is left on the stack.
        if (!pendingLanguage_.isEmpty())
            QMetaObject::invokeMethod(this, [this] { applyLanguage(pendingLanguage_); }, Qt::QueuedConnection);
    });

    buildSections();
    retranslate();
    runState_->setText(tr("No run. The bench rests in its safe state."));

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    tabs_->setCurrentIndex(settings.value("window/section", 0).toInt());
}

void MainWindow::buildSections() {
    tabs_ = new QTabWidget;
    tabs_->setObjectName("sections");
    batches_ = new BatchesSection(db_, options_.operatorName);
    console_ = new RunConsole(options_, db_, *runs_);
    charts_ = new ChartsSection(options_, db_, *runs_);
    devices_ = new DevicesSection(options_, *runs_);
    reports_ = new ReportsSection(db_, options_.fixturesDir + "/standards");
    attachReportSignOff(*reports_, options_.stationFile, options_.fixturesDir + "/standards");
    tabs_->addTab(batches_, tr("Batches && samples"));
    tabs_->addTab(console_, tr("Run console"));
    tabs_->addTab(charts_, tr("Live charts"));
    tabs_->addTab(devices_, tr("Devices"));
    tabs_->addTab(reports_, tr("Reports"));
    setCentralWidget(tabs_);  // deletes the sections of the language before

    connect(batches_, &BatchesSection::recordsChanged, console_, &RunConsole::reloadSamples);
    connect(batches_, &BatchesSection::recordsChanged, reports_, &ReportsSection::reload);
    connect(console_, &RunConsole::runRecorded, this, [this] {
        batches_->reload();
        reports_->reload();
    });
}

bool MainWindow::openGlWanted() const {
    return options_.openGl || QSettings().value("charts/opengl", false).toBool();
}

void MainWindow::applyOpenGl() {
    QString reason;
    const bool wanted = openGlWanted();
    charts_->chart().setOpenGl(wanted, &reason);
    if (wanted && !reason.isEmpty())
        statusBar()->showMessage(tr("Charts drawn without OpenGL: %1").arg(reason), 10000);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("gasbench — gas appliance test station"));
    stop_->setText(tr("STOP  (Esc / F12)"));
    menuBar()->clear();
    buildMenus();
    statusBar()->showMessage(tr("Database: %1   Station: %2")
                                 .arg(QString::fromStdString(options_.dbPath),
                                      QString::fromStdString(options_.stationFile)));
    applyOpenGl();  // after the status line: a refused OpenGL says why there
}

QString MainWindow::language() const {
    return chosenLanguage(options_.language);
}

void MainWindow::chooseLanguage(const QString& language) {
    saveLanguage(language);
    if (runs_->running()) {
        // The sections are not rebuilt under a run: the console is showing it.
        pendingLanguage_ = language;
        statusBar()->showMessage(tr("The language changes when this run ends."));
        return;
    }
    applyLanguage(language);
}

void MainWindow::applyLanguage(const QString& language) {
    pendingLanguage_.clear();
    if (runs_->running()) return;
    installLanguage(language);
    options_.language = language;
    const int section = tabs_->currentIndex();
    buildSections();
    tabs_->setCurrentIndex(section);
    retranslate();
    runState_->setText(tr("No run. The bench rests in its safe state."));
}

MainWindow::~MainWindow() {
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    settings.setValue("window/section", tabs_->currentIndex());
    runs_.reset();  // stops a run still going and waits for its safe state, before the sections go
}

void MainWindow::showSection(Section s) {
    tabs_->setCurrentIndex(static_cast<int>(s));
}

void MainWindow::pressStop() {
    runs_->stop();
    if (runs_->running()) {
        runState_->setText(tr("STOP pressed: putting the bench in its safe state…"));
        runState_->setStyleSheet(
            "font-size:13pt; padding-left:16px; color:#b71c1c; font-weight:bold;");
    }
}

void MainWindow::buildMenus() {
    QMenu* view = menuBar()->addMenu(tr("View"));
    QAction* gl = view->addAction(tr("OpenGL charts"));
    gl->setObjectName("openGlCharts");
    gl->setCheckable(true);
    gl->setChecked(openGlWanted());
    connect(gl, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue("charts/opengl", on);
        options_.openGl = false;  // the menu's choice rules from now on
        applyOpenGl();
    });

    QMenu* language = menuBar()->addMenu(tr("Language / 语言"));
    language->setObjectName("languageMenu");
    auto* group = new QActionGroup(language);
    const QString current = pendingLanguage_.isEmpty() ? this->language() : pendingLanguage_;
    for (auto [id, label] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("中文")},
                             std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction* a = language->addAction(label);
        a->setObjectName("language_" + id);
        a->setCheckable(true);
        a->setChecked(id == current);
        group->addAction(a);
        // Queued: the menu that triggered it is rebuilt by the change.
        connect(a, &QAction::triggered, this, [this, id = id] {
            QMetaObject::invokeMethod(this, [this, id] { chooseLanguage(id); }, Qt::QueuedConnection);
        });
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (runs_->running()) {
        auto answer =
            QMessageBox::question(this, tr("A run is going"),
                                  tr("Stop the run, put the bench in its safe state and close?"));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        runs_->stop();
    }
    event->accept();
}

}  // namespace gasbench::ui
