#pragma once
// Registering an enterprise (a producer or a sampled unit): the unified social credit code is
// checked as it is typed (length, alphabet, check character), and the record is stored only once
// the storage layer accepts it.

#include <QDialog>

#include "gasbench/storage/database.hpp"

class QLabel;
class QLineEdit;
class QPushButton;

namespace gasbench::ui {

class EnterpriseDialog : public QDialog {
    Q_OBJECT
  public:
    EnterpriseDialog(storage::Database& db, QString who, QWidget* parent = nullptr);
    std::int64_t storedId() const { return stored_; }

    void accept() override;  // stores it; stays open with the reason when refused

  private:
    void check();

    storage::Database& db_;
    QString who_;
    QLineEdit* name_ = nullptr;
    QLineEdit* code_ = nullptr;
    QLineEdit* address_ = nullptr;
    QLineEdit* legal_ = nullptr;
    QLineEdit* contact_ = nullptr;
    QLineEdit* province_ = nullptr;
    QLabel* codeProblem_ = nullptr;
    QLabel* error_ = nullptr;
    QPushButton* ok_ = nullptr;
    std::int64_t stored_ = 0;
};

}  // namespace gasbench::ui
