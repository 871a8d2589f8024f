#pragma once
// The program's language: Chinese unless English was asked for (--lang, or the choice saved in
// the settings). The translations are compiled into the program (.qm from ui/translations/*.ts).

#include <QString>

namespace gasbench::ui {

// "zh_CN" or "en": the given one, else the saved one, else "zh_CN".
QString chosenLanguage(const QString& given);
// Installs the program's and Qt's own translations and the default locale. False when the
// program's translation is missing from the resources.
bool installLanguage(const QString& language);
void saveLanguage(const QString& language);

}  // namespace gasbench::ui
