#pragma once
// Live charts: pressures, flow and the flame signal of the running station against time, each
// unit on its own axis, the profile's limit lines, event markers, pause, zoom and pan; and the
// same view of a recorded run, read back from the database.

#include <QWidget>
#include <map>
#include <vector>

#include "event_markers.hpp"
#include "gasbench/core/clock.hpp"
#include "gasbench/core/reading.hpp"
#include "gasbench/core/units.hpp"
#include "gasbench/storage/database.hpp"
#include "run_controller.hpp"
#include "ui_options.hpp"

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace gasbench::ui {

class TimeChart;

class ChartsSection : public QWidget {
    Q_OBJECT
  public:
    ChartsSection(const UiOptions& options, storage::Database& db, RunController& runs,
                  QWidget* parent = nullptr);

    TimeChart& chart() { return *chart_; }
    // The after-the-run view of a recorded run.
    void showRecordedRun(storage::RunId run);
    void reloadRuns();

  private:
    struct Feed {
        ChannelId channel = 0;
        std::string role;
        int curve = -1;  // -1: a state channel, for markers only
        units::UnitSpec unit;
        Nanos lastStamp = -1;
    };
    void startLive(const QString& sampleCode, const QString& procedureId);
    void pollLive();
    // Limit lines of the run's profile on the axes of the plotted channels of the same dimension.
    void addLimitLines(const std::string& profileId);

    UiOptions options_;
    storage::Database& db_;
    RunController& runs_;
    TimeChart* chart_ = nullptr;
    QPushButton* pause_ = nullptr;
    QComboBox* span_ = nullptr;
    QComboBox* recorded_ = nullptr;
    QLabel* caption_ = nullptr;
    QTimer* live_ = nullptr;
    std::vector<Feed> feeds_;
    EventMarkers markers_;
    Nanos origin_ = 0;
};

}  // namespace gasbench::ui
