#pragma once
// The sign-off in the desktop program: for the sample chosen in the Reports section, its reports
// (every version, the newest chosen; an issued one stays reachable while its correction is
// open), the chosen one's state, whether it went stale, and a preview of its frozen document;
// and the actions draft, review, approve, issue and save PDF, each signed with the user's name
// and PIN. The rules are the library's (gasbench/reports/sign_off.hpp).

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

    // The version chosen of the sample's report (the newest unless another is chosen), if any.
    std::optional<reports::ReportRecord> currentReport() const;
    QComboBox* versions() const { return versions_; }
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
    void fillVersions();
    std::optional<reports::ReportRecord> newestReport() const;

    QComboBox* language_ = nullptr;
    QComboBox* versions_ = nullptr;  // the sample's report versions, by report id
    QLineEdit* correction_ = nullptr;  // why, when drafting a correction of an issued report
    QPushButton* draftButton_ = nullptr;
    QPushButton* reviewButton_ = nullptr;
    QPushButton* approveButton_ = nullptr;
    QPushButton* issueButton_ = nullptr;
    QPushButton* saveButton_ = nullptr;
    QLabel* status_ = nullptr;
    ReportPreview* preview_ = nullptr;
};

// Adds the panel to the section (its action bar and extension area). The station config's lab
// details head only reports whose runs were recorded before runs kept their station's.
ReportSignOffPanel* attachReportSignOff(ReportsSection& section, const std::string& stationFile,
                                        const std::string& profilesDir);

}  // namespace gasbench::ui
