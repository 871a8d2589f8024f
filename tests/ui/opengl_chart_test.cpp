// OpenGL is optional for the charts: where it cannot be had (the offscreen platform, which
// crashes instead of falling back) the chart refuses it by name and draws raster; where a real
// context exists (an X server; under Xvfb, Mesa's software GL) it draws through an OpenGL
// viewport. The platform comes from QT_QPA_PLATFORM (offscreen when unset); ctest runs this
// binary twice, plain and under xvfb-run with the xcb platform, and each run checks its case.
#include <gtest/gtest.h>

#include <QApplication>
#include <QImage>
#include <QScreen>
#include <QOpenGLWidget>
#include <QTest>
#include <cmath>

#include "opengl_support.hpp"
#include "time_chart.hpp"

using gasbench::ui::TimeChart;

namespace {

QApplication& app() {
    static QApplication* a = [] {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "ui_opengl_chart_test";
        static char* argv[] = {name, nullptr};
        return new QApplication(argc, argv);
    }();
    return *a;
}

bool onPlatform(const char* name) {
    app();
    return QGuiApplication::platformName() == QLatin1String(name);
}

// Pixels of the first curve's colour (#1f77b4, give or take the GL rasteriser's rounding).
int curvePixels(const QImage& image) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - 0x1f) < 24 && std::abs(c.green() - 0x77) < 24 && std::abs(c.blue() - 0xb4) < 24) ++n;
        }
    }
    return n;
}

void drawSine(TimeChart& chart) {
    chart.resize(900, 450);
    chart.setChannels({{"inlet.pressure", "kPa"}});
    chart.setSpan(60.0);
    chart.show();
    for (double t = 0; t < 60.0; t += 0.01) chart.append(0, t, 2.8 + 0.2 * std::sin(t));
    chart.refresh();
    QApplication::processEvents();
}

}  // namespace

TEST(OpenGlChart, OffscreenRefusesOpenGlByNameAndDrawsRaster) {
    if (!onPlatform("offscreen")) GTEST_SKIP() << "runs on the offscreen platform";
    EXPECT_TRUE(gasbench::ui::openGlUnavailableReason().contains("offscreen"));
    TimeChart chart;
    QString reason;
    EXPECT_FALSE(chart.setOpenGl(true, &reason));
    EXPECT_FALSE(chart.usingOpenGl());
    EXPECT_TRUE(reason.contains("offscreen")) << reason.toStdString();
    drawSine(chart);
    EXPECT_GT(curvePixels(chart.grab().toImage()), 200) << "the raster fallback must still draw";
}

TEST(OpenGlChart, XcbDrawsThroughAnOpenGlViewportAndBackToRaster) {
    if (!onPlatform("xcb")) GTEST_SKIP() << "runs under an X server (ctest: xvfb-run)";
    ASSERT_EQ(gasbench::ui::openGlUnavailableReason(), QString()) << "no OpenGL under this X server";
    TimeChart chart;
    ASSERT_TRUE(chart.setOpenGl(true));
    EXPECT_TRUE(chart.usingOpenGl());
    drawSine(chart);
    auto* viewport = qobject_cast<QOpenGLWidget*>(chart.viewport());
    ASSERT_TRUE(viewport) << "the chart's viewport is not an OpenGL widget";
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&chart));
    QTest::qWait(300);  // the first frames through the GL context
    // What the X server shows: the GL viewport composited into the window. (QWidget::grab() and
    // grabFramebuffer() do not see what a QGraphicsView painted into a QOpenGLWidget.)
    const int gl = curvePixels(chart.screen()->grabWindow(chart.winId()).toImage());
    EXPECT_GT(gl, 200) << "the OpenGL viewport drew no curve";
    EXPECT_FALSE(chart.setOpenGl(false));
    chart.refresh();
    QApplication::processEvents();
    const int raster = curvePixels(chart.grab().toImage());
    EXPECT_GT(raster, 200) << "back on raster, the curve must still be drawn";
}
