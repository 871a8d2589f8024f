#pragma once
// One operator prompt as a dialog that cannot be missed: the instruction in large type on an
// amber band, the answer widgets of its kind (confirm / skip, a value with its unit, a choice, an
// inspection checklist), and its own red STOP. Escape is STOP here too, never "cancel": a
// technician who backs out of a prompt around gas means stop. Not modal, so the main window's
// STOP stays clickable.

#include <QDialog>
#include <vector>

#include "gasbench/procedures/prompt.hpp"

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace gasbench::ui {

class PromptDialog : public QDialog {
    Q_OBJECT
  public:
    PromptDialog(procedures::Prompt prompt, bool chinese, const QString& fixturesDir,
                 QWidget* parent = nullptr);
    const procedures::Prompt& prompt() const { return prompt_; }
    QString instruction() const;
    // Closes it without an answer (the run stopped while it was shown).
    void dismiss();

  signals:
    void answered(const gasbench::procedures::PromptAnswer& answer);
    void stopRequested();

  protected:
    void reject() override;  // Escape, the window's close button: STOP

  private:
    void addAnswerWidgets(QVBoxLayout* layout, bool chinese);
    void updateDoneEnabled();
    void finish();
    void skip();

    procedures::Prompt prompt_;
    QLineEdit* value_ = nullptr;
    QComboBox* choice_ = nullptr;
    std::vector<QComboBox*> checks_;  // one per checklist entry
    QPushButton* done_ = nullptr;
    bool closedByAnswer_ = false;
};

}  // namespace gasbench::ui
