// One frame of the live chart as the technician sees it after an hour: 8 channels at 100 Hz
// (360,000 points each) in the visible window, 40 ms of new data per frame (4 points per
// channel), then decimate, hand the points to Qt Charts and render the view offscreen.
// Prints milliseconds per frame (median, p90) and the cost of the first, full decimation.
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <vector>

#include "time_chart.hpp"

using Clock = std::chrono::steady_clock;

namespace {
constexpr int kChannels = 8;
constexpr double kRateHz = 100.0;
constexpr double kWindowS = 3600.0;
constexpr int kFrames = 200;

double ms(Clock::duration d) {
    return std::chrono::duration<double, std::milli>(d).count();
}

// A noisy, slowly changing signal with steps, like a pressure during a leakage test.
double signal(int channel, double t) {
    double step = std::floor(t / 300.0) * 0.1;
    double noise = std::sin(t * 97.0 + channel) * 0.01 + std::sin(t * 13.7 * (channel + 1)) * 0.02;
    return 2.8 + channel * 0.5 + step + noise;
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}
}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    gasbench::ui::TimeChart chart;
    chart.resize(1200, 600);
    std::vector<gasbench::ui::ChartChannel> channels;
    const char* units[] = {"kPa", "kPa", "kPa", "L/h", "mV", "mV", "degC", "%"};
    for (int c = 0; c < kChannels; ++c)
        channels.push_back({QStringLiteral("ch%1").arg(c), units[c]});
    chart.setChannels(channels);
    chart.addLimitLine("kPa", 3.3, "high");
    chart.setSpan(kWindowS);
    chart.show();
    QApplication::processEvents();

    const double dt = 1.0 / kRateHz;
    double t = 0.0;
    for (; t < kWindowS; t += dt) {
        for (int c = 0; c < kChannels; ++c) chart.append(c, t, signal(c, t));
    }
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);
    auto render = [&] {
        QPainter painter(&image);
        chart.render(&painter);
    };
    auto first = Clock::now();
    chart.refresh();
    render();
    double firstMs = ms(Clock::now() - first);

    std::vector<double> frames;
    std::vector<double> refreshes;
    const int perFrame = static_cast<int>(kRateHz * 0.040);
    for (int f = 0; f < kFrames; ++f) {
        auto start = Clock::now();
        for (int i = 0; i < perFrame; ++i, t += dt) {
            for (int c = 0; c < kChannels; ++c) chart.append(c, t, signal(c, t));
        }
        auto decimated = Clock::now();
        chart.refresh();
        auto replaced = Clock::now();
        render();
        frames.push_back(ms(Clock::now() - start));
        refreshes.push_back(ms(replaced - decimated));
    }
    int drawn = 0;
    for (int c = 0; c < kChannels; ++c) drawn += chart.drawnPointCount(c);
    std::printf("chart_frame: %d channels x %.0f s at %.0f Hz (%.0f points each), view 1200x600\n",
                kChannels, kWindowS, kRateHz, kWindowS * kRateHz);
    std::printf("  decimated points drawn per frame: %d (all channels)\n", drawn);
    std::printf("  first frame (full decimation): %.1f ms\n", firstMs);
    std::printf("  live frame over %d frames: median %.2f ms, p90 %.2f ms\n", kFrames,
                percentile(frames, 0.5), percentile(frames, 0.9));
    std::printf("  of which decimate + map onto the plot: median %.2f ms\n",
                percentile(refreshes, 0.5));
    return 0;
}
