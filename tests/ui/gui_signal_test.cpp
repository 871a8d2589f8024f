// Issue 18, case 6 (GUI): an idle gasbench-gui ignored one SIGTERM (the handler only sets a flag
// and nothing idle looked at it). The real program, on the offscreen platform, gets one SIGTERM
// once it is up and must end by itself, with exit code 0.
#include <gtest/gtest.h>
#include <signal.h>

#include <QFile>
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

}  // namespace
