#include "prompt_dialog.hpp"

#include <QComboBox>
#include <QDoubleValidator>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace gasbench::ui {

PromptDialog::PromptDialog(procedures::Prompt prompt, bool chinese, const QString& fixturesDir,
                           QWidget* parent)
    : QDialog(parent), prompt_(std::move(prompt)) {
    setObjectName("promptDialog");
    setWindowTitle(tr("The procedure asks"));
    setWindowFlag(Qt::WindowStaysOnTopHint);
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(chinese ? QString::fromStdString(prompt_.instructionZh)
                                    : QString::fromStdString(prompt_.instructionEn));
    text->setObjectName("promptInstruction");
    text->setWordWrap(true);
    text->setMinimumWidth(560);
    QFont big = text->font();
    big.setPointSize(20);
    big.setBold(true);
    text->setFont(big);
    text->setStyleSheet("background:#ffd54f; color:#000; padding:16px; border:3px solid #e65100;");
    layout->addWidget(text);
    if (prompt_.imagePath) {
        QString path = fixturesDir + "/" + QString::fromStdString(*prompt_.imagePath);
        if (QFile::exists(path)) {
            auto* image = new QLabel;
            image->setPixmap(QPixmap(path).scaledToWidth(480, Qt::SmoothTransformation));
            layout->addWidget(image);
        }
    }
    addAnswerWidgets(layout, chinese);

    auto* buttons = new QHBoxLayout;
    auto* stop = new QPushButton(tr("STOP"));
    stop->setObjectName("promptStop");
    stop->setStyleSheet("background:#d50000; color:white; font-weight:bold; padding:10px 24px;");
    connect(stop, &QPushButton::clicked, this, &PromptDialog::stopRequested);
    buttons->addWidget(stop);
    buttons->addStretch();
    if (prompt_.skippable) {
        auto* skipButton = new QPushButton(tr("Skip"));
        skipButton->setObjectName("promptSkip");
        connect(skipButton, &QPushButton::clicked, this, &PromptDialog::skip);
        buttons->addWidget(skipButton);
    }
    done_ =
        new QPushButton(prompt_.kind == procedures::PromptKind::confirm ? tr("Done") : tr("Enter"));
    done_->setObjectName("promptDone");
    done_->setDefault(true);
    done_->setStyleSheet("font-size:16pt; padding:10px 24px;");
    connect(done_, &QPushButton::clicked, this, &PromptDialog::finish);
    buttons->addWidget(done_);
    layout->addLayout(buttons);
    updateDoneEnabled();
}

QString PromptDialog::instruction() const {
    return findChild<QLabel*>("promptInstruction")->text();
}

void PromptDialog::addAnswerWidgets(QVBoxLayout* layout, bool chinese) {
    using procedures::PromptKind;
    switch (prompt_.kind) {
        case PromptKind::confirm:
            break;
        case PromptKind::value: {
            auto* row = new QHBoxLayout;
            value_ = new QLineEdit;
            value_->setObjectName("promptValue");
            value_->setValidator(new QDoubleValidator(value_));
            value_->setStyleSheet("font-size:16pt;");
            connect(value_, &QLineEdit::textChanged, this, &PromptDialog::updateDoneEnabled);
            row->addWidget(value_);
            row->addWidget(new QLabel(QString::fromStdString(prompt_.valueUnit)));
            layout->addLayout(row);
            break;
        }
        case PromptKind::choice: {
            choice_ = new QComboBox;
            choice_->setObjectName("promptChoice");
            for (const auto& c : prompt_.choices) choice_->addItem(QString::fromStdString(c));
            choice_->setCurrentIndex(-1);
            connect(choice_, &QComboBox::currentIndexChanged, this,
                    &PromptDialog::updateDoneEnabled);
            layout->addWidget(choice_);
            break;
        }
        case PromptKind::checklist: {
            auto* form = new QFormLayout;
            for (const auto& entry : prompt_.checklist) {
                auto* box = new QComboBox;
                box->setObjectName(QString::fromStdString("promptCheck_" + entry.id));
                box->addItem(tr("conforms"));
                box->addItem(tr("nonconforming"));
                box->addItem(tr("not applicable"));
                box->setCurrentIndex(-1);  // each entry is looked at, never pre-ticked
                connect(box, &QComboBox::currentIndexChanged, this,
                        &PromptDialog::updateDoneEnabled);
                auto* label =
                    new QLabel(QString::fromStdString(chinese ? entry.textZh : entry.textEn));
                label->setWordWrap(true);
                form->addRow(label, box);
                checks_.push_back(box);
            }
            layout->addLayout(form);
            break;
        }
    }
}

void PromptDialog::updateDoneEnabled() {
    if (!done_) return;
    bool ready = true;
    if (value_) ready = value_->hasAcceptableInput();
    if (choice_) ready = choice_->currentIndex() >= 0;
    for (QComboBox* box : checks_) ready = ready && box->currentIndex() >= 0;
    done_->setEnabled(ready);
}

void PromptDialog::finish() {
    procedures::PromptAnswer a;
    a.outcome = procedures::PromptOutcome::answered;
    if (value_) {
        units::UnitSpec unit;
        if (!units::parseUnit(prompt_.valueUnit, unit)) {
            a.outcome = procedures::PromptOutcome::unanswered;
            a.message = "unknown unit " + prompt_.valueUnit;
        } else {
            a.value = unit.toQuantity(QLocale().toDouble(value_->text()));
            a.message = value_->text().toStdString() + " " + prompt_.valueUnit;
        }
    }
    if (choice_) a.choice = static_cast<std::size_t>(choice_->currentIndex());
    for (std::size_t i = 0; i < checks_.size(); ++i) {
        procedures::CheckAnswer c;
        c.id = prompt_.checklist[i].id;
        int k = checks_[i]->currentIndex();
        c.result = k == 0   ? procedures::CheckResult::conforms
                   : k == 1 ? procedures::CheckResult::nonconforming
                            : procedures::CheckResult::notApplicable;
        a.checks.push_back(c);
    }
    closedByAnswer_ = true;
    emit answered(a);
    accept();
}

void PromptDialog::skip() {
    procedures::PromptAnswer a;
    a.outcome = procedures::PromptOutcome::skipped;
    closedByAnswer_ = true;
    emit answered(a);
    accept();
}

void PromptDialog::dismiss() {
    if (!isVisible()) return;
    closedByAnswer_ = true;
    QDialog::reject();
}

void PromptDialog::reject() {
    if (!closedByAnswer_) emit stopRequested();
}

}  // namespace gasbench::ui
