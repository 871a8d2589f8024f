#pragma once
// Reports: each sample's runs and their measurements with verdicts — what the initial inspection
// report is made from. The reports work (sign-off, preview) builds on this section through its
// hooks: the selection signals and accessors, an action bar for buttons, and an extension area
// below the tables for the sign-off panel and the preview.

#include <QWidget>
#include <optional>

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/run_records.hpp"
#include "profile_shelf.hpp"

class QHBoxLayout;
class QListWidget;
class QTableWidget;
class QVBoxLayout;
class QLabel;

namespace gasbench::ui {

class ReportsSection : public QWidget {
    Q_OBJECT
  public:
    // `profilesDir`: the standard profiles (fixtures/standards), for the requirements' words.
    ReportsSection(storage::Database& db, const std::string& profilesDir, QWidget* parent = nullptr);

    // Hooks for the reports work.
    storage::Database& database() { return db_; }
    std::optional<QString> currentSample() const;
    std::optional<storage::RunId> currentRun() const;
    QHBoxLayout* actionBar() const { return actions_; }  // buttons: draft, review, approve, issue
    QVBoxLayout* extensionArea() const { return extension_; }  // sign-off panel, preview

    void reload();
    void selectSample(const QString& code);
    QListWidget* samples() const { return samples_; }
    QTableWidget* runs() const { return runs_; }
    QTableWidget* measurements() const { return measurements_; }

  signals:
    void sampleSelected(const QString& sampleCode);
    void runSelected(qint64 runId);

  private:
    void showSample(const QString& code);
    void showRun(storage::RunId run);

    storage::Database& db_;
    ProfileShelf profiles_;
    QListWidget* samples_ = nullptr;
    QTableWidget* runs_ = nullptr;
    QTableWidget* measurements_ = nullptr;
    QLabel* summary_ = nullptr;
    QHBoxLayout* actions_ = nullptr;
    QVBoxLayout* extension_ = nullptr;
};

}  // namespace gasbench::ui
