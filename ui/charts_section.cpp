#include "charts_section.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <set>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/station/station.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/time_series.hpp"
#include "time_chart.hpp"

namespace gasbench::ui {
namespace {
constexpr int kLiveMs = 40;  // the chart itself redraws at most 25 times a second
// What the technician watches, in this order.
// A channel with several roles is recorded under one of them (outlet.pressure: test_pressure).
const char* const kPlottedRoles[] = {"inlet_pressure", "outlet_pressure", "test_pressure",
                                     "gas_flow", "flame_signal"};

double seconds(Nanos from, Nanos to) {
    return static_cast<double>(to - from) * 1e-9;
}
}  // namespace

ChartsSection::ChartsSection(const UiOptions& options, storage::Database& db, RunController& runs,
                             QWidget* parent)
    : QWidget(parent), options_(options), db_(db), runs_(runs) {
    setObjectName("chartsSection");
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    pause_ = new QPushButton(tr("Pause"));
    pause_->setObjectName("chartPause");
    pause_->setCheckable(true);
    span_ = new QComboBox;
    span_->setObjectName("chartSpan");
    for (int s : {30, 60, 300, 900, 3600}) span_->addItem(tr("last %1 s").arg(s), s);
    span_->setCurrentIndex(1);
    recorded_ = new QComboBox;
    recorded_->setObjectName("recordedRun");
    auto* load = new QPushButton(tr("Show recorded run"));
    load->setObjectName("showRecorded");
    bar->addWidget(pause_);
    bar->addWidget(span_);
    bar->addStretch();
    bar->addWidget(new QLabel(tr("Recorded run")));
    bar->addWidget(recorded_, 1);
    bar->addWidget(load);
    layout->addLayout(bar);
    caption_ =
        new QLabel(tr("No run yet. Wheel or +/- zooms, drag or arrows pan, double-click follows "
                      "the newest data."));
    caption_->setObjectName("chartCaption");
    layout->addWidget(caption_);
    chart_ = new TimeChart;
    chart_->setObjectName("timeChart");
    layout->addWidget(chart_, 1);

    live_ = new QTimer(this);
    live_->setInterval(kLiveMs);
    connect(live_, &QTimer::timeout, this, &ChartsSection::pollLive);
    connect(pause_, &QPushButton::toggled, this, [this](bool on) {
        chart_->setPaused(on);
        pause_->setText(on ? tr("Resume") : tr("Pause"));
    });
    connect(span_, &QComboBox::currentIndexChanged, this,
            [this] { chart_->setSpan(span_->currentData().toDouble()); });
    connect(load, &QPushButton::clicked, this, [this] {
        if (recorded_->currentIndex() >= 0) showRecordedRun(recorded_->currentData().toLongLong());
    });
    connect(&runs_, &RunController::runStarted, this,
            [this](qint64, const QString& sample, const QString& procedure) {
                startLive(sample, procedure);
            });
    connect(&runs_, &RunController::runFinished, this, [this](qint64 run) {
        pollLive();
        live_->stop();
        reloadRuns();
        caption_->setText(caption_->text() + "  " + tr("(run %1 ended)").arg(run));
    });
    chart_->setSpan(span_->currentData().toDouble());
    reloadRuns();
}

void ChartsSection::reloadRuns() {
    recorded_->clear();
    auto runs = storage::listRuns(db_);
    for (auto it = runs.rbegin(); it != runs.rend(); ++it) {
        recorded_->addItem(QStringLiteral("#%1 %2 %3 %4")
                               .arg(it->id)
                               .arg(QString::fromStdString(it->info.sampleCode),
                                    QString::fromStdString(it->info.procedureId),
                                    QString::fromStdString(it->startedAt)),
                           QVariant::fromValue<qlonglong>(it->id));
    }
}

void ChartsSection::startLive(const QString& sampleCode, const QString& procedureId) {
    feeds_.clear();
    markers_.reset();
    std::vector<ChartChannel> curves;
    // What the run's own thread read of it: nothing is read from the database while it goes.
    std::optional<OpenRun> run = runs_.openRun();
    runs_.withStation([&](station::Station& s) {
        origin_ = s.clock().now();
        std::set<ChannelId> seen;
        for (const char* role : kPlottedRoles) {
            auto ch = s.config().role(role);
            if (!ch || !seen.insert(*ch).second) continue;
            const auto& c = s.config().channel(*ch);
            Feed f{*ch, role, static_cast<int>(curves.size()), c.spec->unit, -1};
            curves.push_back({QString::fromStdString(c.qualifiedName),
                              QString::fromStdString(c.spec->unit.symbol)});
            feeds_.push_back(f);
        }
        for (const char* role : {"flame", "supply_valve"}) {
            if (auto ch = s.config().role(role))
                feeds_.push_back({*ch, role, -1, s.config().channel(*ch).spec->unit, -1});
        }
    });
    if (run) origin_ = run->startStamp;
    chart_->setChannels(curves);
    if (run) addLimitLines(run->profileId);
    chart_->setSpan(span_->currentData().toDouble());
    caption_->setText(tr("Live: %1, %2").arg(sampleCode, procedureId));
    live_->start();
}

void ChartsSection::pollLive() {
    runs_.withStation([this](station::Station& s) {
        for (Feed& f : feeds_) {
            for (const Reading& r : s.hub().snapshot(f.channel, f.lastStamp + 1)) {
                f.lastStamp = r.stamp;
                if (!r.ok()) continue;
                double t = seconds(origin_, r.stamp);
                if (f.curve >= 0) {
                    chart_->append(f.curve, t, f.unit.fromQuantity(r.value));
                } else if (auto label = markers_.feed(f.role, units::siValue(r.value) != 0.0)) {
                    chart_->addMarker(t, *label);
                }
            }
        }
    });
}

void ChartsSection::addLimitLines(const std::string& profileId) {
    std::map<units::Dimension, units::UnitSpec> plotted;
    for (const Feed& f : feeds_) {
        if (f.curve >= 0) plotted.emplace(f.unit.dimension, f.unit);
    }
    try {
        for (const auto& p : procedures::loadProfiles(options_.fixturesDir + "/standards")) {
            if (p.id != profileId) continue;
            for (const auto& item : p.items) {
                auto unit = plotted.find(item.dimension);
                if (unit == plotted.end()) continue;
                QString name = QString::fromStdString(item.id);
                if (item.limits.low) {
                    chart_->addLimitLine(
                        QString::fromStdString(unit->second.symbol),
                        unit->second.fromSi(units::siValue(item.limits.low->value)), name + " ≥");
                }
                if (item.limits.high) {
                    chart_->addLimitLine(
                        QString::fromStdString(unit->second.symbol),
                        unit->second.fromSi(units::siValue(item.limits.high->value)), name + " ≤");
                }
            }
        }
    } catch (const std::exception&) {
        // A profile folder that does not load leaves the chart without limit lines; runs refuse it.
    }
}

void ChartsSection::showRecordedRun(storage::RunId run) {
    live_->stop();
    auto record = storage::findRun(db_, run);
    if (!record) return;
    feeds_.clear();
    markers_.reset();
    struct Stored {
        std::int64_t id;
        std::string role;
        int curve;
    };
    std::vector<Stored> stored;
    std::vector<ChartChannel> curves;
    auto channels = storage::channelsOfRun(db_, run);
    for (const char* role : kPlottedRoles) {
        for (const auto& c : channels) {
            if (c.info.role != role) continue;
            bool dup = false;
            for (const auto& s : stored) dup = dup || s.id == c.id;
            if (dup) continue;
            stored.push_back({c.id, c.info.role, static_cast<int>(curves.size())});
            curves.push_back(
                {QString::fromStdString(c.info.name), QString::fromStdString(c.info.unit.symbol)});
            feeds_.push_back({c.info.channel, c.info.role, stored.back().curve, c.info.unit, -1});
        }
    }
    for (const auto& c : channels) {
        if (EventMarkers::watches(c.info.role)) stored.push_back({c.id, c.info.role, -1});
    }
    chart_->setChannels(curves);
    addLimitLines(record->info.profileId);
    Nanos origin = record->info.startStamp;
    for (const auto& s : stored) {
        storage::forEachPoint(db_, s.id, [&](const storage::SeriesPoint& p) {
            if (p.status != ReadingStatus::Ok) return;
            double t = seconds(origin, p.stamp);
            if (s.curve >= 0) {
                chart_->append(s.curve, t, p.value);
            } else if (auto label = markers_.feed(s.role, p.value != 0.0)) {
                chart_->addMarker(t, *label);
            }
        });
    }
    chart_->showAll();
    int i = recorded_->findData(QVariant::fromValue<qlonglong>(run));
    if (i >= 0) recorded_->setCurrentIndex(i);
    caption_->setText(tr("Recorded run #%1: %2, %3")
                          .arg(run)
                          .arg(QString::fromStdString(record->info.sampleCode),
                               QString::fromStdString(record->info.procedureId)));
}

}  // namespace gasbench::ui
