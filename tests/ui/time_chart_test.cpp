// The chart widget on its own (offscreen, raster): it follows the newest data, pause freezes the
// window, zoom and pan move it, limit lines go on the axis of their unit, markers are kept, and
// what it draws stays bounded by the pixel columns however many points come in.
#include "time_chart.hpp"

#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <cmath>
#include <map>

using gasbench::ui::TimeChart;

namespace {

void ensureApp() {
    static QApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "ui_time_chart_test";
        static char* argv[] = {name, nullptr};
        return new QApplication(argc, argv);
    }();
    (void)app;
}

class TimeChartTest : public ::testing::Test {
  protected:
    void SetUp() override {
        chart.resize(1000, 500);
        chart.setChannels({{"inlet.pressure", "kPa"}, {"flow.flow", "L/h"}});
        chart.setSpan(60.0);
        chart.show();
        QApplication::processEvents();
    }
    void feed(double from, double to) {
        for (double t = from; t < to; t += 0.01) {
            chart.append(0, t, 2.8 + 0.1 * std::sin(t));
            chart.append(1, t, 150.0 + std::sin(3 * t));
        }
    }
    bool appReady = (ensureApp(), true);  // before the widget member is built
    TimeChart chart;
};

}  // namespace

TEST_F(TimeChartTest, FollowsTheNewestDataWithBoundedPoints) {
    feed(0.0, 600.0);  // 60,000 points per curve
    chart.refresh();
    auto [t0, t1] = chart.window();
    EXPECT_NEAR(t1, 600.0, 0.02);
    EXPECT_NEAR(t1 - t0, 60.0, 1e-9);
    EXPECT_GT(chart.drawnPointCount(0), 100);
    EXPECT_LE(chart.drawnPointCount(0), 4 * 1000);  // four per pixel column at most
    QImage shot = chart.grab().toImage();
    std::map<QRgb, int> colours;
    for (int y = 0; y < shot.height(); y += 3) {
        for (int x = 0; x < shot.width(); x += 3) ++colours[shot.pixel(x, y)];
    }
    EXPECT_GT(colours.size(), 5u) << "a blank chart";
}

TEST_F(TimeChartTest, PauseFreezesTheWindowAndResumeCatchesUp) {
    feed(0.0, 100.0);
    chart.refresh();
    chart.setPaused(true);
    auto before = chart.window();
    feed(100.0, 150.0);
    chart.refresh();
    EXPECT_EQ(chart.window(), before);
    chart.setPaused(false);
    chart.refresh();
    EXPECT_NEAR(chart.window().second, 150.0, 0.02);
}

TEST_F(TimeChartTest, ZoomAndPanMoveTheWindow) {
    feed(0.0, 300.0);
    chart.showAll();
    auto all = chart.window();
    EXPECT_NEAR(all.first, 0.0, 1e-9);
    EXPECT_NEAR(all.second, 300.0, 0.02);
    chart.zoomTime(0.5);
    chart.refresh();
    auto zoomed = chart.window();
    EXPECT_NEAR(zoomed.second - zoomed.first, 150.0, 0.02);
    chart.panTime(0.1);
    chart.refresh();
    EXPECT_NEAR(chart.window().first, zoomed.first + 15.0, 0.01);
    feed(300.0, 310.0);  // new data does not pull a panned view back
    chart.refresh();
    EXPECT_NEAR(chart.window().first, zoomed.first + 15.0, 0.01);
}

TEST_F(TimeChartTest, LimitLinesGoOnTheirUnitsAxisAndMarkersAreKept) {
    feed(0.0, 10.0);
    chart.addLimitLine("kPa", 3.3, "outlet_pressure ≤");
    chart.addLimitLine("mV", 1.0, "no such axis");
    chart.addMarker(5.0, "ignition");
    chart.refresh();
    EXPECT_EQ(chart.limitLineCount(), 1);
    EXPECT_EQ(chart.markerCount(), 1);
}
