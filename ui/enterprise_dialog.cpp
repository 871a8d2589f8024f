#include "enterprise_dialog.hpp"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "gasbench/storage/credit_code.hpp"
#include "gasbench/storage/enterprise.hpp"

namespace gasbench::ui {

EnterpriseDialog::EnterpriseDialog(storage::Database& db, QString who, QWidget* parent)
    : QDialog(parent), db_(db), who_(std::move(who)) {
    setObjectName("enterpriseDialog");
    setWindowTitle(tr("Register an enterprise"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto field = [&](const char* objectName, const QString& label) {
        auto* e = new QLineEdit;
        e->setObjectName(objectName);
        form->addRow(label, e);
        connect(e, &QLineEdit::textChanged, this, &EnterpriseDialog::check);
        return e;
    };
    name_ = field("enterpriseName", tr("Name"));
    code_ = field("creditCode", tr("Unified social credit code"));
    code_->setMaxLength(18);
    codeProblem_ = new QLabel;
    codeProblem_->setObjectName("creditCodeProblem");
    form->addRow(QString(), codeProblem_);
    address_ = field("enterpriseAddress", tr("Address"));
    legal_ = field("legalRepresentative", tr("Legal representative"));
    contact_ = field("enterpriseContact", tr("Contact"));
    province_ = field("enterpriseProvince", tr("Province"));
    layout->addLayout(form);
    error_ = new QLabel;
    error_->setObjectName("enterpriseError");
    error_->setStyleSheet("color:#b71c1c;");
    error_->setWordWrap(true);
    layout->addWidget(error_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setObjectName("enterpriseOk");
    connect(buttons, &QDialogButtonBox::accepted, this, &EnterpriseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    check();
}

void EnterpriseDialog::check() {
    std::string code = code_->text().trimmed().toStdString();
    bool codeOk = storage::checkCreditCode(code) == storage::CreditCodeProblem::none;
    if (code.empty()) {
        codeProblem_->setText(
            tr("18 characters: digits and capital letters without I, O, Z, S, V"));
        codeProblem_->setStyleSheet("color:#555;");
    } else if (codeOk) {
        codeProblem_->setText(tr("✔ the check character is right"));
        codeProblem_->setStyleSheet("color:#1b5e20;");
    } else {
        QString text;
        switch (storage::checkCreditCode(code)) {
            case storage::CreditCodeProblem::wrongLength:
                text = tr("%1 of 18 characters").arg(code_->text().trimmed().size());
                break;
            case storage::CreditCodeProblem::forbiddenCharacter:
                text = tr(
                    "a character the code does not use (I, O, Z, S, V, lower case, punctuation)");
                break;
            default: {
                auto expected = storage::creditCodeCheckCharacter(code.substr(0, 17));
                text =
                    tr("wrong check character: it should be %1").arg(QChar(expected.value_or('?')));
            }
        }
        codeProblem_->setText("✘ " + text);
        codeProblem_->setStyleSheet("color:#b71c1c;");
    }
    code_->setStyleSheet(code.empty() ? QString()
                         : codeOk     ? "background:#e8f5e9;"
                                      : "background:#ffebee;");
    ok_->setEnabled(codeOk && !name_->text().trimmed().isEmpty() &&
                    !address_->text().trimmed().isEmpty());
}

void EnterpriseDialog::accept() {
    storage::Enterprise e;
    e.name = name_->text().trimmed().toStdString();
    e.creditCode = code_->text().trimmed().toStdString();
    e.address = address_->text().trimmed().toStdString();
    e.legalRepresentative = legal_->text().trimmed().toStdString();
    e.contact = contact_->text().trimmed().toStdString();
    e.province = province_->text().trimmed().toStdString();
    try {
        stored_ = storage::addEnterprise(db_, e, who_.toStdString());
    } catch (const std::exception& ex) {
        error_->setText(QString::fromUtf8(ex.what()));
        return;
    }
    QDialog::accept();
}

}  // namespace gasbench::ui
