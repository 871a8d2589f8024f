#include "language.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gasbench::ui {

QString chosenLanguage(const QString& given) {
    if (!given.isEmpty()) return given;
    QString saved = QSettings().value("language").toString();
    return saved == "en" ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

bool installLanguage(const QString& language) {
    static QTranslator program;
    static QTranslator qt;
    QCoreApplication::removeTranslator(&program);
    QCoreApplication::removeTranslator(&qt);
    QLocale locale = language == "en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      : QLocale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    bool ok = program.load(QStringLiteral(":/i18n/gasbench_%1.qm").arg(language));
    if (ok) QCoreApplication::installTranslator(&program);
    if (language != "en" &&
        qt.load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qt);
    }
    return ok;
}

void saveLanguage(const QString& language) {
    QSettings().setValue("language", language);
}

}  // namespace gasbench::ui
