#pragma once
// The run console: pick a registered sample, a procedure that applies to its category and, on
// the simulated bench, a scenario; start; follow the steps with their states, the current
// instruction in large type, the measurements filling in with coloured verdicts and the progress
// (with the time left in a wait of known length: a warm-up, a hold). While a run goes, all of it
// comes from the run controller's signals (the run's observer); the database is read only
// for a run that has ended.
// STOP lives in the main window's toolbar (always visible); this section only shows its effect.

#include <QDateTime>
#include <QFileInfo>
#include <QWidget>
#include <optional>
#include <vector>

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "profile_shelf.hpp"
#include "run_controller.hpp"
#include "ui_options.hpp"

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace gasbench::ui {

class RunConsole : public QWidget {
    Q_OBJECT
  public:
    RunConsole(const UiOptions& options, storage::Database& db, RunController& runs,
               QWidget* parent = nullptr);

    // Fills the sample list again (after a batch is registered).
    void reloadSamples();
    bool simulatedBench() const { return simulated_; }
    // Selects a sample, a procedure and a scenario by id (tests, last choices); false if absent.
    bool choose(const QString& sampleCode, const QString& procedureId,
                const QString& scenarioFile = {});
    void startRun();
    // Shows a recorded run: its steps' states, its measurements and its outcome.
    void showRun(storage::RunId run);

    QString currentInstruction() const;
    int measurementRows() const;
    QString stepState(int step) const;  // "pending", "running", "done", "stopped"
    int progress() const;         // whole steps done
    QString progressText() const;  // "step 3 of 5 · hold: 4:12 left"

  signals:
    void runRecorded(qint64 runId);  // a run was closed: other sections reload

  private:
    // A wait of known length the running step announced (StepContext::pause with a name).
    struct TimedWait {
        QString what;
        double wallSeconds = 0;  // the bench seconds over the time scale
        QDateTime end;           // UTC
    };
    static QString remainingText(double seconds);  // "4:12", "1:02:03"
    struct ScenarioFile {
        QString name;  // the file's base name
        QString path;
        QString procedure;  // its truth's procedure; empty: any
        QString description;
    };
    static ScenarioFile describeScenario(const QFileInfo& file);
    void fillScenarios();

    void fillProcedures();
    void fillSteps();
    void onStarted(qint64 runId);
    void onStepBegun(const QString& step);
    void onMeasurement(const Measurement& m);
    void onFinished(qint64 runId, bool completed, const QString& cause);
    void setRunning(bool running);
    void showMeasurements(storage::RunId run);
    void markSteps(const std::vector<std::string>& begun, bool finished, bool completed);

    UiOptions options_;
    storage::Database& db_;
    RunController& runs_;
    ProfileShelf profiles_;
    bool simulated_ = false;
    QComboBox* sample_ = nullptr;
    QComboBox* procedure_ = nullptr;
    QComboBox* scenario_ = nullptr;
    QPushButton* start_ = nullptr;
    QLabel* instruction_ = nullptr;
    QLabel* status_ = nullptr;
    QListWidget* steps_ = nullptr;
    QTableWidget* measurements_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QTimer* countdown_ = nullptr;
    std::vector<std::string> stepNames_;
    std::optional<storage::RunId> run_;
    std::optional<TimedWait> timed_;
    // The running run, from the controller's signals: steps begun, measurements kept, and the
    // profile their requirements come from.
    std::vector<std::string> begun_;
    std::vector<storage::StoredMeasurement> live_;
    std::string liveProfile_;
    std::vector<ScenarioFile> scenarios_;
};

}  // namespace gasbench::ui
