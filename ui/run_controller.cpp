#include "run_controller.hpp"

#include "gasbench/station/station.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::ui {
namespace {

// The console's feed: the run's typed calls as signals, queued to the GUI thread. Placed after
// the run guard and the recorder, so it sees only what the run kept.
class ConsoleFeed final : public procedures::RunObserver {
public:
    ConsoleFeed(RunController& runs, double timeScale) : runs_(runs), timeScale_(timeScale) {}
    void stepBegun(const std::string& step, Nanos) override {
        emit runs_.stepBegun(QString::fromStdString(step));
    }
    void timedWait(const procedures::TimedWait& wait) override {
        const double wall = timeScale_ > 0 ? units::inSeconds(wait.length) / timeScale_ : 0.0;
        emit runs_.timedWaitBegun(QString::fromStdString(wait.what), wall);
    }
    void measurement(const Measurement& m) override { emit runs_.measurementTaken(m); }

private:
    RunController& runs_;
    double timeScale_;
};

}  // namespace

RunController::RunController(const UiOptions& options, QWidget* dialogParent, QObject* parent)
    : QObject(parent),
      options_(options),
      responder_(dialogParent, QString::fromStdString(options.fixturesDir), [this] { stop(); }) {
    qRegisterMetaType<gasbench::Measurement>();
}

RunController::~RunController() {
    stop();
    if (worker_.joinable()) worker_.join();
}

void RunController::start(const RunChoice& choice) {
    if (running()) return;
    if (worker_.joinable()) worker_.join();
    {
        std::lock_guard lock(mutex_);
        stopPending_ = false;
        stopSource_.reset();
        runId_.reset();
        openRun_.reset();
    }
    finishedFlag_ = false;
    worker_ = std::jthread([this, choice] { work(choice); });
}

void RunController::stop() {
    std::lock_guard lock(mutex_);
    if (stopSource_) {
        stopSource_->request_stop();
    } else {
        stopPending_ = true;  // the station is not up yet: stop as soon as it is
    }
}

void RunController::withStation(const std::function<void(station::Station&)>& use) {
    std::lock_guard lock(mutex_);
    if (station_) use(*station_);
}

std::optional<storage::RunId> RunController::currentRun() const {
    std::lock_guard lock(mutex_);
    return runId_;
}

std::optional<OpenRun> RunController::openRun() const {
    std::lock_guard lock(mutex_);
    return openRun_;
}

void RunController::work(RunChoice choice) {
    station::RunRequest req;
    req.stationFile = options_.stationFile;
    req.procedureId = choice.procedureId;
    req.sampleCode = choice.sampleCode;
    req.operatorName = options_.operatorName.toStdString();
    req.timeScale = options_.timeScale;
    req.scenarioFile = choice.scenarioFile;
    req.fixturesDir = options_.fixturesDir;
    try {
        // Its own connection: this thread records; the GUI reads through its own.
        storage::OpenOptions open;
        open.recoverRuns = false;
        storage::Database db = storage::Database::open(options_.dbPath, open);
        station::RunHooks hooks;
        hooks.started = [&](station::Station& s, std::stop_source stop,
                            station::InProcessSimulator* sim) {
            if (startedHook_) startedHook_(sim);
            auto runs = storage::listRuns(db, req.sampleCode);
            std::optional<storage::RunId> id;
            std::optional<OpenRun> opened;
            if (!runs.empty() && runs.back().state == gasbench::RunState::running) {
                id = runs.back().id;
                opened = OpenRun{runs.back().id, runs.back().info.profileId, runs.back().info.startStamp};
            }
            {
                std::lock_guard lock(mutex_);
                station_ = &s;
                stopSource_ = stop;
                runId_ = id;
                openRun_ = opened;
                if (stopPending_) stop.request_stop();
            }
            emit runStarted(id.value_or(0), QString::fromStdString(req.sampleCode),
                            QString::fromStdString(req.procedureId));
        };
        hooks.finished = [this](station::InProcessSimulator* sim) {
            {
                std::lock_guard lock(mutex_);
                station_ = nullptr;
            }
            if (finishedHook_) finishedHook_(sim);
        };
        ConsoleFeed feed(*this, options_.timeScale);
        hooks.observers.push_back(&feed);
        hooks.stationGone = [this]() noexcept {
            std::lock_guard lock(mutex_);
            station_ = nullptr;  // also when the run throws: the GUI never sees a dead station
        };
        station::RunOutcome outcome = station::runOnStation(req, db, responder_, hooks);
        finishedFlag_ = true;
        // A bench not confirmed safe at the end is shown as a failed run (red), with the alarm.
        QString cause = QString::fromStdString(outcome.record.abortCause);
        if (!outcome.record.safeStateConfirmed) {
            if (!cause.isEmpty()) cause += QStringLiteral("; ");
            cause += tr("ALARM: the bench could not be confirmed in its safe state");
        }
        emit runFinished(outcome.runId,
                         outcome.record.state == gasbench::RunState::completed && outcome.record.safeStateConfirmed,
                         cause);
    } catch (const std::exception& e) {
        {
            std::lock_guard lock(mutex_);
            station_ = nullptr;
        }
        finishedFlag_ = true;
        emit runFailed(QString::fromUtf8(e.what()));
    }
}

}  // namespace gasbench::ui
