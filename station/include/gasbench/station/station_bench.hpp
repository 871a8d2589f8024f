#pragma once
// The Bench procedures talk to, on a running Station: roles resolve to channels through the
// station config, waits go to the reading hub, outputs to the bus workers, prompts to the
// installed responder, and what the run does to its observers (the run guard, the recorder,
// then the window or the command line).

#include <condition_variable>
#include <functional>
#include <mutex>
#include <stop_token>

#include "gasbench/procedures/bench.hpp"
#include "gasbench/station/station.hpp"

namespace gasbench::station {

// How long (wall time) the end of a run keeps trying to reach a safe state it could not
// confirm, and the pause between tries, before the alarm.
inline constexpr std::chrono::milliseconds kSafeStateRetry{5000};
inline constexpr std::chrono::milliseconds kSafeStateRetryPause{100};

class StationBench final : public procedures::Bench {
public:
    StationBench(Station& station, procedures::PromptResponder& responder,
                 procedures::RunObserver& observer, std::stop_source stop);

    const Clock& clock() const override { return station_.clock(); }
    std::stop_token stopToken() const override { return stop_.get_token(); }
    std::string stopReason() const override;
    // Who else can request the stop says why (the run guard: its cause); empty: STOP or abort.
    void explainStop(std::function<std::string()> why) { explainStop_ = std::move(why); }
    bool wired(std::string_view role) const override;
    std::optional<Reading> latest(std::string_view role) const override;
    procedures::WaitResult waitFor(const procedures::WaitSpec& spec) override;
    procedures::WaitOutcome pauseUntil(Nanos until) override;
    Nanos setOutput(std::string_view role, const units::Quantity& value) override;
    void raisePollRate(std::string_view role, units::Duration period) override;
    void restorePollPeriod(std::string_view role) override;
    procedures::PromptAnswer ask(const procedures::Prompt& prompt) override;
    procedures::RunObserver& observer() override { return observer_; }
    bool enterSafeState() noexcept override;

    // The bench time the last safe state was reached (0 if never), for the run's record.
    Nanos safeStateStamp() const { return safeStateStamp_; }

private:
    ChannelId channelOf(std::string_view role) const;
    std::optional<ChannelId> findChannel(std::string_view role) const;

    Station& station_;
    procedures::PromptResponder& responder_;
    procedures::RunObserver& observer_;
    std::stop_source stop_;
    std::function<std::string()> explainStop_;
    std::mutex pauseMutex_;
    std::condition_variable_any pauseCv_;
    Nanos safeStateStamp_ = 0;
};

}  // namespace gasbench::station
