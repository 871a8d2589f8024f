#pragma once
// The gasbench program run to its end from a test: exit code, stdout, stderr, optionally in a
// working folder and as another user (a test run as root sees no file permission, so the
// read-only cases drop to "nobody" through setpriv).

#include <gtest/gtest.h>
#include <unistd.h>

#include <QProcess>
#include <QStringList>
#include <string>

namespace gasbench::storage::fixture {

struct CliResult {
    int exitCode = -1;  // -1: killed by a signal, or it did not end
    std::string out;
    std::string err;
};

inline CliResult runGasbench(const QStringList& args, const QString& workingDir = {},
                             bool asUnprivileged = false) {
    QString program = QString(GASBENCH_BIN_DIR) + "/gasbench";
    QStringList argv = args;
    if (asUnprivileged && ::geteuid() == 0) {
        argv = QStringList{"--reuid=65534", "--regid=65534", "--clear-groups", program} + args;
        program = "/usr/bin/setpriv";
    }
    QProcess p;
    if (!workingDir.isEmpty()) p.setWorkingDirectory(workingDir);
    p.start(program, argv);
    bool ended = p.waitForFinished(120000);
    EXPECT_TRUE(ended) << argv.join(' ').toStdString();
    if (!ended) p.kill(), p.waitForFinished();
    return {ended && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            p.readAllStandardOutput().toStdString(), p.readAllStandardError().toStdString()};
}

}  // namespace gasbench::storage::fixture
