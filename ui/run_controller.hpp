#pragma once
// One run at a time, off the GUI thread: runOnStation in a worker thread with the dialogs as
// the prompt responder, the running Station lent to the GUI (live charts, devices) while it
// lives, and STOP that works at any moment — before the station is up, during a prompt, during a
// step.

#include <QObject>
#include <QString>
#include <memory>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

#include "gasbench/core/measurement.hpp"
#include "gasbench/station/run_session.hpp"
#include "gui_prompt_responder.hpp"
#include "ui_options.hpp"

namespace gasbench::station {
class Station;
class InProcessSimulator;
}  // namespace gasbench::station

namespace gasbench::ui {

// What the window needs to know of a run once it is open, read by the run's own thread: the
// GUI thread never reads the database while a run goes.
struct OpenRun {
    storage::RunId id = 0;
    std::string profileId;
    Nanos startStamp = 0;  // the bench time its time series starts at
};

struct RunChoice {
    std::string sampleCode;
    std::string procedureId;
    std::optional<std::string> scenarioFile;  // the simulated bench
};

class RunController : public QObject {
    Q_OBJECT
  public:
    RunController(const UiOptions& options, QWidget* dialogParent, QObject* parent = nullptr);
    ~RunController() override;  // stops a run still going and waits for its safe state

    bool running() const { return worker_.joinable() && !finishedFlag_; }
    void start(const RunChoice& choice);
    // STOP. Safe to call from any thread, any number of times.
    void stop();

    // GUI thread: calls `use` with the running station (nothing when none runs).
    void withStation(const std::function<void(station::Station&)>& use);
    std::optional<storage::RunId> currentRun() const;
    std::optional<OpenRun> openRun() const;

    GuiPromptResponder& responder() { return responder_; }
    // Tests watch the simulated bench (RunHooks::started, worker thread) and look at it once the
    // run is closed (RunHooks::finished).
    void setStartedHook(std::function<void(station::InProcessSimulator*)> hook) {
        startedHook_ = std::move(hook);
    }
    void setFinishedHook(std::function<void(station::InProcessSimulator*)> hook) {
        finishedHook_ = std::move(hook);
    }

  signals:
    void runStarted(qint64 runId, const QString& sampleCode, const QString& procedureId);
    void runFinished(qint64 runId, bool completed, const QString& cause);
    void runFailed(const QString& message);  // could not start: nothing recorded
    // The run as it goes, from its observer (queued from the run's thread, in order): what the
    // console shows, without reading the database back.
    void stepBegun(const QString& step);
    void timedWaitBegun(const QString& what, double wallSeconds);  // bench length / time scale
    void measurementTaken(const gasbench::Measurement& measurement);

  private:
    void work(RunChoice choice);

    UiOptions options_;
    GuiPromptResponder responder_;
    std::jthread worker_;
    std::atomic<bool> finishedFlag_{true};
    mutable std::mutex mutex_;
    station::Station* station_ = nullptr;  // guarded by mutex_
    std::optional<std::stop_source> stopSource_;
    bool stopPending_ = false;
    std::optional<storage::RunId> runId_;
    std::optional<OpenRun> openRun_;
    std::function<void(station::InProcessSimulator*)> startedHook_;
    std::function<void(station::InProcessSimulator*)> finishedHook_;
};

}  // namespace gasbench::ui

Q_DECLARE_METATYPE(gasbench::Measurement)
