// The station program driven as a technician would, under the offscreen platform: register
// enterprises and a sampling batch through the dialogs; run a procedure on the simulated bench
// answering its prompts through the prompt dialogs; press STOP mid-run (the toolbar button during
// a step, Escape during a prompt) and find the simulated bench's outputs in their safe state and
// the run recorded aborted; and look at what is shown, widgets and grabbed pixels.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTreeWidget>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>

#include "batch_dialog.hpp"
#include "batches_section.hpp"
#include "charts_section.hpp"
#include "demo_records.hpp"
#include "devices_section.hpp"
#include "enterprise_dialog.hpp"
#include "gasbench/procedures/profile.hpp"
#include "gasbench/station/in_process_simulator.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "language.hpp"
#include "main_window.hpp"
#include "prompt_dialog.hpp"
#include "reports_section.hpp"
#include "run_console.hpp"
#include "time_chart.hpp"
#include "verdict_style.hpp"

using namespace gasbench;
using namespace std::chrono_literals;

namespace {

void ensureApp() {
    static QApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");   // never OpenGL here (MEASURED.md)
        QStandardPaths::setTestModeEnabled(true);  // settings apart from the user's
        static int argc = 1;
        static char name[] = "ui_window_test";
        static char* argv[] = {name, nullptr};
        auto* a = new QApplication(argc, argv);
        QApplication::setOrganizationName("gasbench-test");
        QApplication::setApplicationName("ui_window_test");
        return a;
    }();
    (void)app;
}

// Pumps the event loop until `done` holds or the bound passes (a bound, not a timing claim).
bool waitUntil(const std::function<bool()>& done, std::chrono::seconds bound = 60s) {
    auto deadline = std::chrono::steady_clock::now() + bound;
    while (!done()) {
        if (std::chrono::steady_clock::now() > deadline) return false;
        QApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(5);
    }
    return true;
}

ui::UiOptions optionsFor(const std::string& dbPath) {
    ui::UiOptions o;
    o.dbPath = dbPath;
    o.fixturesDir = GASBENCH_FIXTURES_DIR;
    o.stationFile = o.fixturesDir + "/stations/sim-bench.json";
    // 20x like the scenario-truth runs: the run guard wants a watchdog refresh within 90 % of the
    // outputs' 2 s of bench time, 90 ms of wall time here; at 50x (36 ms) a loaded CI host missed it.
    o.timeScale = 20.0;
    o.operatorName = "ui-test";
    return o;
}

std::string scenario(const std::string& name) {
    return std::string(GASBENCH_FIXTURES_DIR) + "/scenarios/" + name;
}

ui::PromptDialog* openPrompt() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        auto* d = qobject_cast<ui::PromptDialog*>(w);
        if (d && d->isVisible()) return d;
    }
    return nullptr;
}

// Answers a prompt as a technician would: every checklist entry conforms, a hose service life of
// 10 years, the first choice, and "done".
void answerConforming(ui::PromptDialog& d) {
    auto* done = d.findChild<QPushButton*>("promptDone");
    ASSERT_TRUE(done);
    switch (d.prompt().kind) {
        case procedures::PromptKind::confirm:
            break;
        case procedures::PromptKind::value:
            d.findChild<QLineEdit*>("promptValue")->setText("10");
            break;
        case procedures::PromptKind::choice:
            d.findChild<QComboBox*>("promptChoice")->setCurrentIndex(0);
            break;
        case procedures::PromptKind::checklist:
            EXPECT_FALSE(done->isEnabled())
                << "a checklist must not be answerable before each entry is looked at";
            for (const auto& e : d.prompt().checklist) {
                auto* box = d.findChild<QComboBox*>(QString::fromStdString("promptCheck_" + e.id));
                ASSERT_TRUE(box) << e.id;
                box->setCurrentIndex(0);
            }
            break;
    }
    ASSERT_TRUE(done->isEnabled()) << d.prompt().id;
    done->click();
}

// Share of pixels that differ from the most common colour: a blank grab is ~0.
double inkedShare(const QImage& image) {
    std::map<QRgb, int> counts;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) ++counts[image.pixel(x, y)];
    }
    int total = 0;
    int most = 0;
    for (auto [c, n] : counts) {
        total += n;
        most = std::max(most, n);
    }
    return total ? 1.0 - static_cast<double>(most) / total : 0.0;
}

bool hasStopRed(const QImage& image) {
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            QColor c = image.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 30 && c.blue() < 30) return true;
        }
    }
    return false;
}

// The simulated bench as the run left it, looked at in RunHooks::finished.
struct BenchCheck {
    std::mutex mutex;
    bool looked = false;
    std::vector<std::string> unsafe;

    void look(station::InProcessSimulator* sim) {
        std::lock_guard lock(mutex);
        looked = true;
        if (!sim) {
            unsafe.push_back("no simulator");
            return;
        }
        for (const char* s : {"supply_valve", "igniter", "isolation_valve", "knob_hold"}) {
            auto v = sim->bench().signal(s);
            if (!v || std::get<bool>(*v)) unsafe.push_back(std::string(s) + " on");
        }
        for (const char* s : {"pressure_setpoint", "flow_setpoint"}) {
            auto v = sim->bench().signal(s);
            if (!v || units::siValue(*v) != 0.0) unsafe.push_back(std::string(s) + " not zero");
        }
        auto vent = sim->bench().signal("vent_valve");
        if (!vent || !std::get<bool>(*vent)) unsafe.push_back("not vented");
    }
};

bool benchIsDriven(station::InProcessSimulator* sim) {
    for (const char* s : {"supply_valve", "isolation_valve"}) {
        auto v = sim->bench().signal(s);
        if (v && std::get<bool>(*v)) return true;
    }
    auto p = sim->bench().signal("pressure_setpoint");
    return p && units::siValue(*p) > 0.0;
}

// Starts lpg-dme on the simulated bench; returns its first prompt dialog (nullptr: none came).
ui::PromptDialog* startLpgRunUntilItsFirstPrompt(ui::MainWindow& window) {
    if (!window.console()->choose("C-2026-004-T", "lpg-dme",
                                  QString::fromStdString(scenario("lpg-clean.json"))))
        return nullptr;
    window.console()->startRun();
    ui::PromptDialog* prompt = nullptr;
    waitUntil([&] { return (prompt = openPrompt()) != nullptr; });
    return prompt;
}

class WindowTest : public ::testing::Test {
  protected:
    void SetUp() override {
        ensureApp();
        ASSERT_TRUE(ui::installLanguage("zh_CN"))
            << "the Chinese translation is not in the resources";
    }
};

}  // namespace

TEST_F(WindowTest, RegistersEnterprisesAndABatchThroughTheDialogs) {
    QTemporaryDir dir;
    ui::MainWindow window(optionsFor(dir.filePath("station.db").toStdString()));
    window.show();
    window.showSection(ui::MainWindow::batchesTab);

    ui::EnterpriseDialog* e = window.batches()->registerEnterprise();
    auto* code = e->findChild<QLineEdit*>("creditCode");
    auto* ok = e->findChild<QPushButton*>("enterpriseOk");
    auto* problem = e->findChild<QLabel*>("creditCodeProblem");
    e->findChild<QLineEdit*>("enterpriseName")->setText("示范燃气具有限公司");
    e->findChild<QLineEdit*>("enterpriseAddress")->setText("示范市工业路 8 号");
    QTest::keyClicks(code, "91320583MA1MXK7L2X");  // typed, with a wrong check character
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(problem->text().contains('W'))
        << problem->text().toStdString();  // names the right one
    code->setText("91320583MA1MXK7L2");    // 17 characters
    EXPECT_FALSE(ok->isEnabled());
    code->setText("91320583MA1MXK7L2W");
    EXPECT_TRUE(ok->isEnabled());
    ok->click();
    ASSERT_TRUE(waitUntil([&] { return window.batches()->enterprises()->rowCount() == 1; }, 5s));

    ui::EnterpriseDialog* seller = window.batches()->registerEnterprise();
    seller->findChild<QLineEdit*>("enterpriseName")->setText("示范商贸有限公司");
    seller->findChild<QLineEdit*>("enterpriseAddress")->setText("示范市商业街 1 号");
    seller->findChild<QLineEdit*>("creditCode")->setText("91330206MA2GQ1234R");
    seller->findChild<QPushButton*>("enterpriseOk")->click();
    ASSERT_TRUE(waitUntil([&] { return window.batches()->enterprises()->rowCount() == 2; }, 5s));

    ui::BatchDialog* b = window.batches()->registerBatch();
    b->findChild<QLineEdit*>("samplingNumber")->setText("UI-2026-001");
    auto* category = b->findChild<QComboBox*>("category");
    category->setCurrentIndex(category->findData("gas-hose"));
    b->findChild<QLineEdit*>("productName")->setText("燃气连接用不锈钢波纹软管");
    b->findChild<QLineEdit*>("model")->setText("DN10 1.5 m");
    b->findChild<QLineEdit*>("productionDate")->setText("2026-03-01");
    b->findChild<QComboBox*>("producer")->setCurrentIndex(0);
    b->findChild<QComboBox*>("sampledUnit")->setCurrentIndex(1);
    b->findChild<QLineEdit*>("samplers")->setText("张三，李四");
    b->findChild<QPushButton*>("batchOk")->click();
    ASSERT_TRUE(
        waitUntil([&] { return window.batches()->batches()->topLevelItemCount() == 1; }, 5s))
        << b->findChild<QLabel*>("batchError")->text().toStdString();

    QTreeWidgetItem* batch = window.batches()->batches()->topLevelItem(0);
    EXPECT_EQ(batch->text(0), "UI-2026-001");
    ASSERT_EQ(batch->childCount(), 2);
    EXPECT_EQ(batch->child(0)->text(0), "UI-2026-001-T");
    EXPECT_EQ(batch->child(1)->text(0), "UI-2026-001-B");
    auto stored = storage::findSamplingBatch(window.database(), "UI-2026-001");
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->samplers, (std::vector<std::string>{"张三", "李四"}));

    // The run console offers the new sample, with the procedures of its category only.
    auto* sample = window.console()->findChild<QComboBox*>("sampleChoice");
    ASSERT_GE(sample->findData("UI-2026-001-T"), 0);
    ASSERT_TRUE(window.console()->choose("UI-2026-001-T", "hose-leakage"));
    EXPECT_FALSE(window.console()->choose("UI-2026-001-T", "flame-failure"));

    // Search narrows the tree to what matches.
    window.batches()->findChild<QLineEdit*>("batchSearch")->setText("no-such-thing");
    EXPECT_TRUE(batch->isHidden());
    window.batches()->findChild<QLineEdit*>("batchSearch")->setText("-B");
    EXPECT_FALSE(batch->isHidden());
    EXPECT_TRUE(batch->child(0)->isHidden());
    EXPECT_FALSE(batch->child(1)->isHidden());
}

TEST_F(WindowTest, RunsAProcedureAnsweringItsPromptsThroughTheDialogs) {
    testsupport::DemoRecords records;
    ui::MainWindow window(optionsFor(records.path()));
    window.resize(1280, 800);
    window.show();
    BenchCheck bench;
    // The GUI's connection counts what it runs: while the run goes, nothing (the console's steps,
    // countdown and measurements come from the run's observer, not from reading the run back).
    window.database().countStatements();
    std::atomic<std::uint64_t> readsAtEnd{0};
    window.runs().setFinishedHook([&](station::InProcessSimulator* sim) {
        readsAtEnd = window.database().statementsRun();  // the run is closed; not yet shown
        bench.look(sim);
    });
    std::optional<qint64> finished;
    bool completed = false;
    QObject::connect(&window.runs(), &ui::RunController::runFinished, &window,
                     [&](qint64 run, bool c) {
                         finished = run;
                         completed = c;
                     });
    std::vector<QString> stepsSignalled;
    QObject::connect(&window.runs(), &ui::RunController::stepBegun, &window,
                     [&](const QString& step) { stepsSignalled.push_back(step); });

    ASSERT_TRUE(window.console()->choose("C-2026-003-T", "hose-leakage",
                                         QString::fromStdString(scenario("hose-tight.json"))));
    // Only simulated samples written for the chosen procedure are offered.
    auto* scenarios = window.console()->findChild<QComboBox*>("scenarioChoice");
    ASSERT_GE(scenarios->count(), 2);
    for (int i = 0; i < scenarios->count(); ++i)
        EXPECT_TRUE(scenarios->itemText(i).startsWith("hose")) << scenarios->itemText(i).toStdString();
    window.console()->startRun();
    const std::uint64_t readsAtStart = window.database().statementsRun();
    std::vector<std::string> answered;
    bool instructionShown = true;
    QString countdown;  // the progress while a timed wait (the hold) counts down
    int countdownProgress = -1;
    ASSERT_TRUE(waitUntil([&] {
        const QString progress = window.console()->progressText();
        if (countdown.isEmpty() && progress.contains(QRegularExpression("\\d+:\\d\\d"))) {
            countdown = progress;
            countdownProgress = window.console()->progress();
        }
        if (ui::PromptDialog* d = openPrompt()) {
            // The instruction is on the console in large type as well as in the dialog.
            instructionShown =
                instructionShown && window.console()->currentInstruction() == d->instruction();
            answered.push_back(d->prompt().id);
            answerConforming(*d);
            waitUntil([&] { return openPrompt() != d; }, 10s);
        }
        return finished.has_value();
    }));
    EXPECT_TRUE(instructionShown);
    EXPECT_EQ(readsAtEnd.load(), readsAtStart)
        << readsAtEnd.load() - readsAtStart << " statements on the GUI thread's connection during the run";
    EXPECT_GT(window.database().statementsRun(), readsAtStart) << "the ended run is read back to be shown";
    ASSERT_FALSE(stepsSignalled.empty());
    EXPECT_EQ(stepsSignalled.back(), QStringLiteral("teardown"));
    EXPECT_FALSE(countdown.isEmpty()) << "the hold's time remaining was never shown";
    EXPECT_GT(countdownProgress, 0) << "a countdown in a later step: " << countdown.toStdString();
    EXPECT_GE(answered.size(), 3u);  // the marking checklist, the service life, connecting the hose
    EXPECT_TRUE(completed);
    auto run = storage::findRun(window.database(), *finished);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->state, gasbench::RunState::completed) << run->abortCause.value_or("");
    ASSERT_TRUE(run->verdict);
    EXPECT_EQ(*run->verdict, gasbench::Verdict::pass);
    {
        std::lock_guard lock(bench.mutex);
        EXPECT_TRUE(bench.looked);
        EXPECT_TRUE(bench.unsafe.empty()) << bench.unsafe.front();
    }

    // What the console shows: every step done, the measurements with their verdicts, full progress.
    ui::RunConsole& console = *window.console();
    auto* steps = console.findChild<QListWidget*>("steps");
    ASSERT_GT(steps->count(), 0);
    for (int i = 0; i < steps->count(); ++i) EXPECT_EQ(console.stepState(i), "done") << i;
    EXPECT_EQ(console.progress(), steps->count());
    EXPECT_EQ(console.measurementRows(),
              static_cast<int>(storage::measurementsOfRun(window.database(), *finished).size()));
    EXPECT_GT(console.measurementRows(), 0);
    EXPECT_TRUE(console.currentInstruction().contains(ui::verdictText(gasbench::Verdict::pass)));
    EXPECT_FALSE(console.currentInstruction().contains(ui::verdictText(gasbench::Verdict::fail)))
        << console.currentInstruction().toStdString();
    EXPECT_EQ(ui::verdictText(gasbench::Verdict::pass), QStringLiteral("合格"))
        << "Chinese by default";

    QImage shot = window.grab().toImage();
    EXPECT_GT(inkedShare(shot), 0.05);
    EXPECT_TRUE(hasStopRed(shot)) << "the red STOP must be on screen";

    // The live chart drew the run; the same view comes back from the recorded data.
    window.showSection(ui::MainWindow::chartsTab);
    ui::TimeChart& chart = window.charts()->chart();
    ASSERT_GT(chart.channelCount(), 0);
    ASSERT_TRUE(waitUntil([&] { return chart.drawnPointCount(0) > 1; }, 5s));
    window.charts()->showRecordedRun(*finished);
    EXPECT_GT(chart.channelCount(), 0);
    EXPECT_GT(chart.drawnPointCount(0), 1);
    EXPECT_GT(chart.markerCount(), 0) << "the supply valve opening and closing are events";
    QImage chartShot = window.grab().toImage();
    EXPECT_GT(inkedShare(chartShot), 0.05);

    // Reports list the run with its measurements, each named and with the requirement as the
    // run's profile words it (not the item id).
    window.reports()->selectSample("C-2026-003-T");
    EXPECT_EQ(window.reports()->runs()->rowCount(), 1);
    QTableWidget* rows = window.reports()->measurements();
    ASSERT_GT(rows->rowCount(), 0);
    const auto stored = storage::measurementsOfRun(window.database(), *finished);
    const procedures::Profile profile = procedures::loadProfile(
        std::string(GASBENCH_FIXTURES_DIR) + "/standards/" + run->info.profileId + ".json");
    bool sawDrop = false;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const auto& m = stored[static_cast<std::size_t>(r)];
        EXPECT_EQ(rows->item(r, 0)->toolTip().section('\n', 0, 0).toStdString(), m.item);
        if (m.item != "pressure_drop") continue;
        sawDrop = true;
        EXPECT_EQ(rows->item(r, 0)->text(), QStringLiteral("气密性（压降）"));
        ASSERT_TRUE(profile.findItem("pressure_drop"));
        EXPECT_EQ(rows->item(r, 1)->text().toStdString(), profile.findItem("pressure_drop")->requirementZh);
        EXPECT_FALSE(rows->item(r, 1)->text().isEmpty());
    }
    EXPECT_TRUE(sawDrop) << "the hose's pressure drop is among the rows";

    // The last choices come back in the next window.
    window.showSection(ui::MainWindow::reportsTab);
    ui::MainWindow next(optionsFor(records.path()));
    EXPECT_EQ(next.console()->findChild<QComboBox*>("sampleChoice")->currentData().toString(),
              "C-2026-003-T");
    EXPECT_EQ(next.console()->findChild<QComboBox*>("procedureChoice")->currentData().toString(),
              "hose-leakage");
}

TEST_F(WindowTest, StopButtonMidStepLeavesTheBenchSafeAndTheRunAborted) {
    testsupport::DemoRecords records;
    ui::MainWindow window(optionsFor(records.path()));
    window.show();
    BenchCheck bench;
    std::atomic<station::InProcessSimulator*> sim{nullptr};
    window.runs().setStartedHook([&](station::InProcessSimulator* s) { sim = s; });
    window.runs().setFinishedHook([&](station::InProcessSimulator* s) {
        bench.look(s);
        sim = nullptr;
    });
    std::optional<qint64> finished;
    QObject::connect(&window.runs(), &ui::RunController::runFinished, &window,
                     [&](qint64 run) { finished = run; });

    ASSERT_TRUE(window.console()->choose("C-2026-003-T", "hose-leakage",
                                         QString::fromStdString(scenario("hose-tight.json"))));
    window.console()->startRun();
    bool pressed = false;
    ASSERT_TRUE(waitUntil([&] {
        if (ui::PromptDialog* d = openPrompt()) {
            answerConforming(*d);
            waitUntil([&] { return openPrompt() != d; }, 10s);
        }
        station::InProcessSimulator* s = sim;
        if (!pressed && s && benchIsDriven(s)) {
            // The devices section shows the running station: the bus and its six devices.
            window.devices()->refresh();
            QTreeWidget* tree = window.devices()->tree();
            EXPECT_EQ(tree->topLevelItemCount(), 1);
            if (tree->topLevelItemCount() == 1) {
                EXPECT_EQ(tree->topLevelItem(0)->childCount(), 6);
                EXPECT_EQ(tree->topLevelItem(0)->text(1), QStringLiteral("连接正常"));  // link up
            }
            window.stopButton()->click();  // in the middle of a step, outputs driven
            pressed = true;
        }
        return finished.has_value();
    }));
    ASSERT_TRUE(pressed) << "the run ended before the bench was driven";
    auto run = storage::findRun(window.database(), *finished);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->state, gasbench::RunState::aborted);
    ASSERT_TRUE(run->abortCause);
    EXPECT_FALSE(run->abortCause->empty());
    {
        std::lock_guard lock(bench.mutex);
        EXPECT_TRUE(bench.looked);
        EXPECT_TRUE(bench.unsafe.empty()) << bench.unsafe.front();
    }
    bool anyStopped = false;
    for (int i = 0; i < window.console()->findChild<QListWidget*>("steps")->count(); ++i) {
        anyStopped = anyStopped || window.console()->stepState(i) == "stopped";
    }
    EXPECT_TRUE(anyStopped) << "the step STOP interrupted is shown stopped";
}

TEST_F(WindowTest, EscapeDuringAPromptStopsTheRun) {
    testsupport::DemoRecords records;
    ui::MainWindow window(optionsFor(records.path()));
    window.show();
    BenchCheck bench;
    window.runs().setFinishedHook([&](station::InProcessSimulator* s) { bench.look(s); });
    std::optional<qint64> finished;
    QObject::connect(&window.runs(), &ui::RunController::runFinished, &window,
                     [&](qint64 run) { finished = run; });

    ui::PromptDialog* prompt = startLpgRunUntilItsFirstPrompt(window);
    ASSERT_TRUE(prompt) << "the lpg-dme run showed no prompt";
    QTest::keyClick(prompt, Qt::Key_Escape);
    ASSERT_TRUE(waitUntil([&] { return finished.has_value(); }));
    EXPECT_EQ(openPrompt(), nullptr) << "the prompt closes when the run stops";
    auto run = storage::findRun(window.database(), *finished);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->state, gasbench::RunState::aborted);
    std::lock_guard lock(bench.mutex);
    EXPECT_TRUE(bench.looked);
    EXPECT_TRUE(bench.unsafe.empty()) << bench.unsafe.front();
}

// The Language menu changes the program's language at once (the sections are built again in it)
// and, during a run, once the run has ended: the console showing a run is never rebuilt under it.
TEST_F(WindowTest, ChangesLanguageAtOnceAndAfterARunEnds) {
    testsupport::DemoRecords records;
    ui::MainWindow window(optionsFor(records.path()));
    window.show();
    auto consoleTabText = [&] { return window.sections()->tabText(ui::MainWindow::consoleTab); };
    ASSERT_EQ(consoleTabText(), QStringLiteral("试验控制台"));
    window.showSection(ui::MainWindow::reportsTab);

    window.chooseLanguage("en");
    EXPECT_EQ(window.language(), "en");
    EXPECT_EQ(consoleTabText(), "Run console");
    EXPECT_EQ(window.sections()->currentIndex(), ui::MainWindow::reportsTab) << "the section stays";
    EXPECT_EQ(window.stopButton()->text(), "STOP  (Esc / F12)");
    EXPECT_EQ(window.console()->findChild<QPushButton*>("startRun")->text(), "Start run");
    EXPECT_EQ(ui::verdictText(gasbench::Verdict::pass), "pass");
    EXPECT_EQ(QSettings().value("language").toString(), "en") << "the choice is kept for next time";

    window.chooseLanguage("zh_CN");
    EXPECT_EQ(consoleTabText(), QStringLiteral("试验控制台"));

    // During a run the choice waits for its end; STOP still works meanwhile.
    std::optional<qint64> finished;
    QObject::connect(&window.runs(), &ui::RunController::runFinished, &window,
                     [&](qint64 run) { finished = run; });
    ui::PromptDialog* prompt = startLpgRunUntilItsFirstPrompt(window);
    ASSERT_TRUE(prompt) << "the lpg-dme run showed no prompt";
    ui::RunConsole* runningConsole = window.console();
    window.chooseLanguage("en");
    QApplication::processEvents();
    EXPECT_EQ(window.console(), runningConsole) << "the console was rebuilt under a run";
    EXPECT_EQ(consoleTabText(), QStringLiteral("试验控制台"));
    window.stopButton()->click();
    ASSERT_TRUE(waitUntil([&] { return finished.has_value(); }));
    ASSERT_TRUE(waitUntil([&] { return consoleTabText() == "Run console"; }, 10s))
        << "the language did not change once the run ended";
    auto run = storage::findRun(window.database(), *finished);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->state, gasbench::RunState::aborted);

    ASSERT_TRUE(ui::installLanguage("zh_CN"));
    ui::saveLanguage("zh_CN");
}
