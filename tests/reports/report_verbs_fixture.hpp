#pragma once
// The gasbench program run as a lab runs it, on a database of the report test records: the PINs
// in the environment (GASBENCH_PIN, GASBENCH_NEW_PIN), stdin empty; and sqlite3 run beside it
// as another program would, to tamper with the file.
#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include "report_records.hpp"

namespace gasbench::testsupport {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

class ReportVerbsFixture : public ::testing::Test {
public:
    // The PINs go where a lab's scripts put them: GASBENCH_PIN for the one signing in,
    // GASBENCH_NEW_PIN for a user being made; stdin is empty.
    Result gasbench(QStringList args, const QString& pin = {}, const QString& newPin = {}) {
        args << "--db" << QString::fromStdString(records_.path());
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("GASBENCH_PIN");
        env.remove("GASBENCH_NEW_PIN");
        if (!pin.isEmpty()) env.insert("GASBENCH_PIN", pin);
        if (!newPin.isEmpty()) env.insert("GASBENCH_NEW_PIN", newPin);
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QString(GASBENCH_BIN_DIR) + "/gasbench", args);
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonObject json(const Result& r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
    void addStaff() {
        ASSERT_EQ(gasbench({"user", "init", "qm", "--staff-id", "S-qm", "--full-name", "质量 经理"}, {}, kPin).code, 0);
        for (auto [name, role] : {std::pair{"tech", "technician"}, std::pair{"rev", "reviewer"},
                                  std::pair{"appr", "approver"}})
            ASSERT_EQ(gasbench({"user", "add", name, "--role", role, "--staff-id", QString("S-") + name,
                                "--full-name", QString(name) + " 签名", "--by", "qm"},
                               kPin, kPin)
                          .code,
                      0);
    }
    static inline const QString kPin = "135790";

    Result sqlite3(const QString& sql) {
        QProcess p;
        p.start("sqlite3", {QString::fromStdString(records_.path()), sql});
        p.waitForFinished(60000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    ReportRecords records_;
};

}  // namespace gasbench::testsupport
