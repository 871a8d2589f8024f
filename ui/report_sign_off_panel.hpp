#pragma once
// The sign-off in the desktop program: for the sample chosen in the Reports section, its report's
// state and a preview, and the actions draft, review, approve, issue and save PDF, each signed
// with the user's name and PIN. The rules are the library's (gasbench/reports/sign_off.hpp).

#include <QWidget>
#include <functional>
#include <optional>

#include "gasbench/reports/report_content.hpp"
#include "gasbench/reports/sign_off.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gasbench::ui {

class ReportsSection;
class ReportPreview;

class ReportSignOffPanel : public QWidget {
    Q_OBJECT
  public:
    ReportSignOffPanel(ReportsSection& section, reports::ReportSources sources);

    // The sample's newest report, if any.
    std::optional<reports::ReportRecord> currentReport() const;
    ReportPreview* preview() const { return preview_; }
    QLabel* status() const { return status_; }
    void refresh();

    // The steps, as the buttons call them; false (and a message) when refused.
    bool draft();
    bool review();
    bool approve();
    bool issue();
    bool savePdf(const QString& path);

  private:
    std::optional<reports::User> signIn();
    bool act(const std::function<void(const reports::User&)>& step);

    ReportsSection& section_;
    reports::ReportSources sources_;
    QLineEdit* user_ = nullptr;
    QLineEdit* pin_ = nullptr;
    QComboBox* language_ = nullptr;
    QLineEdit* correction_ = nullptr;  // why, when drafting a correction of an issued report
    QPushButton* draftButton_ = nullptr;
    QPushButton* reviewButton_ = nullptr;
    QPushButton* approveButton_ = nullptr;
    QPushButton* issueButton_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QLabel* status_ = nullptr;
    ReportPreview* preview_ = nullptr;
};

// Adds the panel to the section (its action bar and extension area); the lab's details from the
// shipped station config.
ReportSignOffPanel* attachReportSignOff(ReportsSection& section);

}  // namespace gasbench::ui
