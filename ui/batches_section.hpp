#pragma once
// Batches and samples: the enterprises on record, the sampling batches with their samples, a
// search over both, and each sample's runs with their verdicts. Registering goes through
// EnterpriseDialog and BatchDialog.

#include <QWidget>

#include "gasbench/storage/database.hpp"

class QLineEdit;
class QTableWidget;
class QTreeWidget;

namespace gasbench::ui {

class BatchesSection : public QWidget {
    Q_OBJECT
  public:
    BatchesSection(storage::Database& db, QString who, QWidget* parent = nullptr);

    void reload();
    // Open the dialogs (not modal: the main window's STOP stays reachable). Return the dialog.
    class EnterpriseDialog* registerEnterprise();
    class BatchDialog* registerBatch();
    void selectSample(const QString& code);

    QTreeWidget* batches() const { return batches_; }
    QTableWidget* runs() const { return runs_; }
    QTableWidget* enterprises() const { return enterprises_; }

  signals:
    void recordsChanged();  // a batch or an enterprise was registered

  private:
    void applySearch();
    void showRunsOf(const QString& sampleCode);

    storage::Database& db_;
    QString who_;
    QLineEdit* search_ = nullptr;
    QTableWidget* enterprises_ = nullptr;
    QTreeWidget* batches_ = nullptr;
    QTableWidget* runs_ = nullptr;
};

}  // namespace gasbench::ui
