#include "gui_prompt_responder.hpp"

#include <QMetaObject>
#include <condition_variable>
#include <memory>
#include <mutex>

#include "prompt_dialog.hpp"

namespace gasbench::ui {
namespace {

// The one answer a prompt gets: from the dialog or from STOP, whichever is first.
struct PendingAnswer {
    std::mutex mutex;
    std::condition_variable done;
    std::optional<procedures::PromptAnswer> answer;
    QPointer<PromptDialog> dialog;  // GUI thread only

    void give(procedures::PromptAnswer a) {
        std::lock_guard lock(mutex);
        if (!answer) answer = std::move(a);
        done.notify_all();
    }
};

procedures::PromptAnswer stoppedAnswer() {
    procedures::PromptAnswer a;
    a.outcome = procedures::PromptOutcome::stopped;
    return a;
}

}  // namespace

GuiPromptResponder::GuiPromptResponder(QWidget* dialogParent, QString fixturesDir,
                                       std::function<void()> stop)
    : dialogParent_(dialogParent), fixturesDir_(std::move(fixturesDir)), stop_(std::move(stop)) {}

procedures::PromptAnswer GuiPromptResponder::answer(const procedures::Prompt& prompt,
                                                    std::stop_token stop) {
    if (stop.stop_requested()) return stoppedAnswer();
    auto pending = std::make_shared<PendingAnswer>();
    QMetaObject::invokeMethod(
        this,
        [this, prompt, pending] {
            if (pending->answer) return;  // stopped before it could be shown
            auto* dialog = new PromptDialog(prompt, chinese_, fixturesDir_, dialogParent_);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &PromptDialog::answered, this,
                    [pending](const procedures::PromptAnswer& a) { pending->give(a); });
            connect(dialog, &PromptDialog::stopRequested, this, [this] {
                if (stop_) stop_();
            });
            connect(dialog, &QDialog::finished, this, &GuiPromptResponder::promptClosed);
            current_ = dialog;
            pending->dialog = dialog;
            dialog->show();
            dialog->raise();
            dialog->activateWindow();
            emit promptShown(dialog->instruction());
        },
        Qt::QueuedConnection);
    {
        std::stop_callback onStop(stop, [pending] { pending->give(stoppedAnswer()); });
        std::unique_lock lock(pending->mutex);
        pending->done.wait(lock, [&] { return pending->answer.has_value(); });
    }
    QMetaObject::invokeMethod(
        this,
        [pending] {
            if (PromptDialog* d = pending->dialog.data()) d->dismiss();
        },
        Qt::QueuedConnection);
    std::lock_guard lock(pending->mutex);
    return *pending->answer;
}

}  // namespace gasbench::ui
