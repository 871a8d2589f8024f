#include "run_console.hpp"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "gasbench/procedures/catalogue.hpp"
#include "gasbench/procedures/registry.hpp"
#include "gasbench/station/station_config.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "measurement_table.hpp"
#include "verdict_style.hpp"

namespace gasbench::ui {
namespace {
constexpr int kCategoryRole = Qt::UserRole + 1;
constexpr int kCountdownMs = 250;  // how often a running countdown is redrawn (no reads)
constexpr int kStepTicks = 1000;  // progress bar units per step: timed waits fill a step smoothly

bool isChinese() {
    return QLocale().language() == QLocale::Chinese;
}

// A step as the technician reads it, from the one catalogue.
QString stepText(const std::string& step) {
    return QString::fromStdString(procedures::nameOf(procedures::Named::step, step, isChinese()));
}

}  // namespace

RunConsole::RunConsole(const UiOptions& options, storage::Database& db, RunController& runs,
                       QWidget* parent)
    : QWidget(parent),
      options_(options),
      db_(db),
      runs_(runs),
      profiles_(options.fixturesDir + "/standards") {
    setObjectName("runConsole");
    try {
        simulated_ = station::loadStationConfig(options_.stationFile).id.rfind("SIM", 0) == 0;
    } catch (const std::exception&) {
        simulated_ = false;  // the devices section names what is wrong with the file
    }
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    sample_ = new QComboBox;
    sample_->setObjectName("sampleChoice");
    procedure_ = new QComboBox;
    procedure_->setObjectName("procedureChoice");
    scenario_ = new QComboBox;
    scenario_->setObjectName("scenarioChoice");
    form->addRow(tr("Sample"), sample_);
    form->addRow(tr("Procedure"), procedure_);
    if (simulated_) {
        QDir dir(QString::fromStdString(options_.fixturesDir) + "/scenarios");
        for (const QFileInfo& f : dir.entryInfoList({"*.json"}, QDir::Files, QDir::Name)) {
            scenarios_.push_back(describeScenario(f));
        }
        form->addRow(tr("Simulated sample"), scenario_);
    } else {
        scenario_->hide();
    }
    auto* top = new QHBoxLayout;
    top->addLayout(form, 1);
    start_ = new QPushButton(tr("Start run"));
    start_->setObjectName("startRun");
    start_->setStyleSheet("font-size:14pt; padding:12px 28px; background:#2e7d32; color:white;");
    top->addWidget(start_);
    layout->addLayout(top);

    instruction_ = new QLabel(tr("Choose a sample and a procedure, then start the run."));
    instruction_->setObjectName("currentInstruction");
    instruction_->setWordWrap(true);
    QFont big = instruction_->font();
    big.setPointSize(22);
    big.setBold(true);
    instruction_->setFont(big);
    instruction_->setMinimumHeight(90);
    instruction_->setStyleSheet("padding:12px; background:#eceff1; border:1px solid #90a4ae;");
    layout->addWidget(instruction_);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName("consoleSplitter");
    steps_ = new QListWidget;
    steps_->setObjectName("steps");
    measurements_ = makeMeasurementTable();
    measurements_->setObjectName("liveMeasurements");
    split->addWidget(steps_);
    split->addWidget(measurements_);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    progress_ = new QProgressBar;
    progress_->setObjectName("runProgress");
    status_ = new QLabel;
    status_->setObjectName("runStatus");
    layout->addWidget(progress_);
    layout->addWidget(status_);

    countdown_ = new QTimer(this);
    countdown_->setInterval(kCountdownMs);
    connect(countdown_, &QTimer::timeout, this, [this] { markSteps(begun_, false, false); });
    connect(sample_, &QComboBox::currentIndexChanged, this, &RunConsole::fillProcedures);
    connect(procedure_, &QComboBox::currentIndexChanged, this, &RunConsole::fillSteps);
    connect(start_, &QPushButton::clicked, this, &RunConsole::startRun);
    connect(&runs_, &RunController::runStarted, this, [this](qint64 id) { onStarted(id); });
    connect(&runs_, &RunController::runFinished, this, &RunConsole::onFinished);
    connect(&runs_, &RunController::stepBegun, this, &RunConsole::onStepBegun);
    connect(&runs_, &RunController::timedWaitBegun, this, [this](const QString& what, double wallSeconds) {
        timed_ = TimedWait{what, wallSeconds, QDateTime::currentDateTimeUtc().addMSecs(static_cast<qint64>(wallSeconds * 1000.0))};
        markSteps(begun_, false, false);
    });
    connect(&runs_, &RunController::measurementTaken, this, &RunConsole::onMeasurement);
    connect(&runs_, &RunController::runFailed, this, [this](const QString& message) {
        setRunning(false);
        status_->setText(tr("The run could not start: %1").arg(message));
    });
    connect(&runs_.responder(), &GuiPromptResponder::promptShown, this,
            [this](const QString& text) { instruction_->setText(text); });

    reloadSamples();
    QSettings settings;
    choose(settings.value("console/sample").toString(),
           settings.value("console/procedure").toString(),
           settings.value("console/scenario").toString());
}

void RunConsole::reloadSamples() {
    QString keep = sample_->currentData().toString();
    sample_->blockSignals(true);
    sample_->clear();
    for (const auto& batch : storage::listSamplingBatches(db_)) {
        QString category =
            QString::fromStdString(std::string(storage::productCategoryId(batch.category)));
        for (const auto& s : batch.samples) {
            QString label =
                QStringLiteral("%1 — %2 %3")
                    .arg(QString::fromStdString(s.code), QString::fromStdString(batch.productName),
                         QString::fromStdString(batch.model));
            sample_->addItem(label, QString::fromStdString(s.code));
            sample_->setItemData(sample_->count() - 1, category, kCategoryRole);
        }
    }
    int i = sample_->findData(keep);
    sample_->setCurrentIndex(i >= 0 ? i : (sample_->count() > 0 ? 0 : -1));
    sample_->blockSignals(false);
    fillProcedures();
}

void RunConsole::fillProcedures() {
    QString keep = procedure_->currentData().toString();
    std::string category = sample_->currentData(kCategoryRole).toString().toStdString();
    procedure_->blockSignals(true);
    procedure_->clear();
    for (const auto& p : procedures::procedureRegistry()) {
        if (!p.appliesTo(category)) continue;
        procedure_->addItem(QString::fromStdString(isChinese() ? p.titleZh : p.titleEn),
                            QString::fromStdString(p.id));
    }
    int i = procedure_->findData(keep);
    procedure_->setCurrentIndex(i >= 0 ? i : (procedure_->count() > 0 ? 0 : -1));
    procedure_->blockSignals(false);
    fillSteps();
}

RunConsole::ScenarioFile RunConsole::describeScenario(const QFileInfo& file) {
    // Only what the chooser needs: the procedure the scenario's truth is for, and its words.
    // A file that does not read is still listed; the run names what is wrong with it.
    ScenarioFile out{file.completeBaseName(), file.absoluteFilePath(), {}, {}};
    QFile f(file.absoluteFilePath());
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        out.procedure = o.value("truth").toObject().value("procedure").toString();
        out.description = o.value("description").toString();
    }
    return out;
}

void RunConsole::fillScenarios() {
    // A simulated sample of another product would only fail to run: offer the ones written for
    // the chosen procedure (and any that do not say).
    const QString keep = scenario_->currentData().toString();
    const QString procedure = procedure_->currentData().toString();
    scenario_->blockSignals(true);
    scenario_->clear();
    for (const auto& sc : scenarios_) {
        if (!sc.procedure.isEmpty() && sc.procedure != procedure) continue;
        scenario_->addItem(sc.name, sc.path);
        scenario_->setItemData(scenario_->count() - 1, sc.description, Qt::ToolTipRole);
    }
    const int i = scenario_->findData(keep);
    scenario_->setCurrentIndex(i >= 0 ? i : (scenario_->count() > 0 ? 0 : -1));
    scenario_->blockSignals(false);
}

void RunConsole::fillSteps() {
    if (simulated_) fillScenarios();
    steps_->clear();
    stepNames_.clear();
    const auto* p = procedures::findProcedure(procedure_->currentData().toString().toStdString());
    start_->setEnabled(p != nullptr && !runs_.running());
    if (!p) return;
    for (const auto& s : p->steps) {
        stepNames_.push_back(s.name);
        steps_->addItem(stepText(s.name));
    }
    markSteps({}, false, false);
}

bool RunConsole::choose(const QString& sampleCode, const QString& procedureId,
                        const QString& scenarioFile) {
    int s = sample_->findData(sampleCode);
    if (s < 0) return false;
    sample_->setCurrentIndex(s);
    int p = procedure_->findData(procedureId);
    if (p < 0) return false;
    procedure_->setCurrentIndex(p);
    if (!scenarioFile.isEmpty()) {
        int c = scenario_->findData(QFileInfo(scenarioFile).absoluteFilePath());
        if (c < 0) return false;
        scenario_->setCurrentIndex(c);
    }
    return true;
}

void RunConsole::startRun() {
    if (runs_.running() || procedure_->currentIndex() < 0) return;
    RunChoice choice;
    choice.sampleCode = sample_->currentData().toString().toStdString();
    choice.procedureId = procedure_->currentData().toString().toStdString();
    if (simulated_ && scenario_->currentIndex() >= 0)
        choice.scenarioFile = scenario_->currentData().toString().toStdString();
    QSettings settings;
    settings.setValue("console/sample", sample_->currentData());
    settings.setValue("console/procedure", procedure_->currentData());
    settings.setValue("console/scenario", scenario_->currentData());
    measurements_->setRowCount(0);
    run_.reset();
    timed_.reset();
    begun_.clear();
    live_.clear();
    liveProfile_.clear();
    markSteps({}, false, false);
    setRunning(true);
    status_->setText(tr("Starting the station…"));
    runs_.responder().setChinese(isChinese());
    runs_.start(choice);
}

void RunConsole::setRunning(bool running) {
    start_->setEnabled(!running && procedure_->currentIndex() >= 0);
    sample_->setEnabled(!running);
    procedure_->setEnabled(!running);
    scenario_->setEnabled(!running);
    if (running) {
        countdown_->start();
    } else {
        countdown_->stop();
    }
}

void RunConsole::onStarted(qint64 runId) {
    if (runId > 0) run_ = runId;
    if (auto open = runs_.openRun()) liveProfile_ = open->profileId;
    status_->setText(
        tr("Run %1 is running. STOP (Esc / F12) puts the bench in its safe state.").arg(runId));
}

void RunConsole::onFinished(qint64 runId, bool, const QString&) {
    run_ = runId;
    timed_.reset();
    setRunning(false);
    showRun(runId);
    status_->setText(tr("The bench is in its safe state."));
    emit runRecorded(runId);
}

void RunConsole::showRun(storage::RunId runId) {
    auto record = storage::findRun(db_, runId);
    if (!record) return;
    if (record->info.procedureId != procedure_->currentData().toString().toStdString()) {
        choose(QString::fromStdString(record->info.sampleCode),
               QString::fromStdString(record->info.procedureId));
    }
    showMeasurements(runId);
    std::vector<std::string> begun;
    for (const auto& e : storage::eventsOfRun(db_, runId)) {
        if (e.entry.what == "step") begun.push_back(e.entry.details);
    }
    bool completed = record->state == gasbench::RunState::completed;
    markSteps(begun, true, completed);
    if (completed && record->verdict) {
        instruction_->setText(
            tr("Run %1 completed: %2").arg(runId).arg(verdictText(*record->verdict)));
        instruction_->setStyleSheet(
            QStringLiteral("padding:12px; background:%1; border:1px solid #90a4ae;")
                .arg(verdictColor(*record->verdict).name()));
    } else {
        instruction_->setText(tr("Run %1 %2: %3")
                                  .arg(runId)
                                  .arg(runStateText(record->state),
                                       QString::fromStdString(record->abortCause.value_or(""))));
        instruction_->setStyleSheet("padding:12px; background:#ffcc80; border:2px solid #e65100;");
    }
}

void RunConsole::onStepBegun(const QString& step) {
    begun_.push_back(step.toStdString());
    timed_.reset();  // a wait belongs to the step that announced it
    markSteps(begun_, false, false);
    if (runs_.responder().currentDialog() == nullptr && step != QLatin1String("teardown")) {
        instruction_->setText(stepText(step.toStdString()));
    }
}

void RunConsole::onMeasurement(const Measurement& m) {
    storage::StoredMeasurement row;
    static_cast<Measurement&>(row) = m;
    live_.push_back(std::move(row));
    fillMeasurementTable(measurements_, live_, liveProfile_.empty() ? nullptr : profiles_.find(liveProfile_));
}

void RunConsole::showMeasurements(storage::RunId run) {
    auto record = storage::findRun(db_, run);
    fillMeasurementTable(measurements_, storage::measurementsOfRun(db_, run),
                         record ? profiles_.find(record->info.profileId) : nullptr);
}

void RunConsole::markSteps(const std::vector<std::string>& begun, bool finished, bool completed) {
    // A step is done once a later one began; the last one begun runs (or was stopped).
    int current = -1;
    for (const auto& name : begun) {
        for (int i = 0; i < static_cast<int>(stepNames_.size()); ++i) {
            if (stepNames_[static_cast<std::size_t>(i)] == name) current = std::max(current, i);
        }
    }
    for (int i = 0; i < steps_->count(); ++i) {
        QString state;
        QColor colour;
        if (i < current || (finished && completed)) {
            state = "done";
            colour = QColor(0xc8, 0xf0, 0xc8);
        } else if (i == current) {
            state = finished ? "stopped" : "running";
            colour = finished ? QColor(0xff, 0xcc, 0x80) : QColor(0xcc, 0xe0, 0xff);
        } else {
            state = "pending";
            colour = Qt::white;
        }
        QListWidgetItem* item = steps_->item(i);
        item->setData(Qt::UserRole, state);
        item->setBackground(colour);
        QString mark = state == "done"      ? "✔ "
                       : state == "running" ? "▶ "
                       : state == "stopped" ? "■ "
                                            : "· ";
        item->setText(mark + stepText(stepNames_[static_cast<std::size_t>(i)]));
    }
    // Whole steps, and inside a timed wait (a warm-up, a hold) the share of it gone by.
    const int total = std::max<int>(1, static_cast<int>(stepNames_.size()));
    const int doneCount = finished && completed ? total : std::max(0, current);
    QString text = tr("step %1 of %2").arg(std::min(total, std::max(current + 1, doneCount))).arg(total);
    double within = 0.0;
    if (!finished && timed_) {
        const double left = std::max(0.0, QDateTime::currentDateTimeUtc().msecsTo(timed_->end) / 1000.0);
        within = timed_->wallSeconds > 0 ? std::clamp(1.0 - left / timed_->wallSeconds, 0.0, 1.0) : 1.0;
        text += "  ·  " + tr("%1: %2 left")
                              .arg(QString::fromStdString(procedures::nameOf(procedures::Named::wait, timed_->what.toStdString(), isChinese())),
                                   remainingText(left));
    }
    progress_->setRange(0, total * kStepTicks);
    progress_->setValue(doneCount * kStepTicks + static_cast<int>(within * kStepTicks));
    progress_->setFormat(text);
}

QString RunConsole::remainingText(double seconds) {
    const qint64 s = static_cast<qint64>(std::ceil(seconds));
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString RunConsole::currentInstruction() const {
    return instruction_->text();
}
int RunConsole::measurementRows() const {
    return measurements_->rowCount();
}
QString RunConsole::stepState(int step) const {
    return step >= 0 && step < steps_->count() ? steps_->item(step)->data(Qt::UserRole).toString()
                                               : QString();
}
int RunConsole::progress() const {
    return progress_->value() / kStepTicks;
}
QString RunConsole::progressText() const {
    return progress_->format();
}

}  // namespace gasbench::ui
