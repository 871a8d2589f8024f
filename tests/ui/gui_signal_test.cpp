// Issue 18, case 6 (GUI): an idle gasbench-gui ignored one SIGTERM (the handler only sets a flag
// and nothing idle looked at it). The real program, on the offscreen platform, gets one SIGTERM
// once it is up and must end by itself, with exit code 0.
#include <gtest/gtest.h>
#include <signal.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <chrono>
#include <thread>

namespace {

TEST(GuiSignal, AnIdleWindowEndsOnOneSigterm) {
    QTemporaryDir dir;
    const QString db = dir.filePath("station.db");
    QProcess gui;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("HOME", dir.path());  // its settings, not the user's
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    gui.setProcessEnvironment(env);
    gui.start(QString(GASBENCH_BIN_DIR) + "/gasbench-gui", {"--db", db});
    ASSERT_TRUE(gui.waitForStarted(30000));
    // The window opens the database after the signal handlers are in place: once the file is
    // there, a SIGTERM is the handler's.
    for (int i = 0; i < 6000 && !QFile::exists(db) && gui.state() == QProcess::Running; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    ASSERT_TRUE(QFile::exists(db)) << gui.readAllStandardError().toStdString();
    ASSERT_EQ(gui.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(gui.processId()), SIGTERM);
    const bool ended = gui.waitForFinished(60000);
    if (!ended) {
        gui.kill();
        gui.waitForFinished();
    }
    EXPECT_TRUE(ended) << "the idle window ignored SIGTERM";
    EXPECT_EQ(gui.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(gui.exitCode(), 0) << gui.readAllStandardError().toStdString();
}

// The GUI's --time-scale against a real station (the simulated bench's file with another id):
// refused at start, before any window or database.
TEST(GuiSignal, TimeScaleIsRefusedAgainstRealHardware) {
    QTemporaryDir dir;
    const std::string fixtures = GASBENCH_FIXTURES_DIR;
    QFile in(QString::fromStdString(fixtures + "/stations/sim-bench.json"));
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject station = QJsonDocument::fromJson(in.readAll()).object();
    station["station"] = "LAB-01";
    QJsonArray devices;
    for (const auto& d : station["devices"].toArray()) {
        QJsonObject device = d.toObject();
        device["map"] = QString::fromStdString(fixtures + "/stations/") + device["map"].toString();
        devices.append(device);
    }
    station["devices"] = devices;
    QFile out(dir.filePath("lab.json"));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(station).toJson());
    out.close();

    QProcess gui;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("HOME", dir.path());
    env.insert("XDG_CONFIG_HOME", dir.filePath("config"));
    gui.setProcessEnvironment(env);
    gui.start(QString(GASBENCH_BIN_DIR) + "/gasbench-gui",
              {"--db", dir.filePath("station.db"), "--station", dir.filePath("lab.json"), "--time-scale", "20"});
    const bool ended = gui.waitForFinished(60000);
    if (!ended) {
        gui.kill();
        gui.waitForFinished();
    }
    ASSERT_TRUE(ended) << "the GUI started against real hardware at time scale 20";
    EXPECT_EQ(gui.exitCode(), 2);
    EXPECT_NE(gui.readAllStandardError().toStdString().find("--time-scale applies only to the simulated bench"),
              std::string::npos);
    EXPECT_FALSE(QFile::exists(dir.filePath("station.db")));
}

}  // namespace
