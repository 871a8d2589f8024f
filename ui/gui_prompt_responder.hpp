#pragma once
// Answers the procedure's prompts with dialogs. The procedure runs in the run's worker thread;
// answer() hands the prompt to the GUI thread, which shows a PromptDialog, and waits for the
// dialog's answer or for STOP, whichever comes first (a stop closes the dialog).

#include <QObject>
#include <QPointer>
#include <functional>

#include "gasbench/procedures/prompt.hpp"
#include "prompt_dialog.hpp"

namespace gasbench::ui {

class GuiPromptResponder : public QObject, public procedures::PromptResponder {
    Q_OBJECT
  public:
    // `dialogParent` owns the dialogs; `stop` is what the dialog's STOP does.
    GuiPromptResponder(QWidget* dialogParent, QString fixturesDir, std::function<void()> stop);
    void setChinese(bool chinese) { chinese_ = chinese; }

    // Worker thread.
    procedures::PromptAnswer answer(const procedures::Prompt& prompt,
                                    std::stop_token stop) override;

    // GUI thread: the dialog on screen, if any (tests answer through it).
    PromptDialog* currentDialog() const { return current_; }

  signals:
    void promptShown(const QString& instruction);
    void promptClosed();

  private:
    QWidget* dialogParent_;
    QString fixturesDir_;
    std::function<void()> stop_;
    bool chinese_ = true;
    QPointer<PromptDialog> current_;
};

}  // namespace gasbench::ui
