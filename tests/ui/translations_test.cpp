// Chinese first, English too: every text the program shows has a translation in both committed
// .ts files (lupdate adds new ones as "unfinished"; a missing one would show English to a
// Chinese technician), and the translation keeps the source's place markers (%1, %n).
#include <gtest/gtest.h>

#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

QString tsFile(const char* language) {
    return QStringLiteral(GASBENCH_FIXTURES_DIR "/../ui/translations/gasbench_%1.ts").arg(language);
}

QSet<QString> markers(const QString& text) {
    QSet<QString> out;
    auto it = QRegularExpression("%(\\d+|n)").globalMatch(text);
    while (it.hasNext()) out.insert(it.next().captured(0));
    return out;
}

class Translations : public ::testing::TestWithParam<const char*> {};

}  // namespace

TEST_P(Translations, EveryMessageIsTranslatedWithItsMarkers) {
    QFile file(tsFile(GetParam()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QDomDocument doc;
    ASSERT_TRUE(doc.setContent(&file));
    int checked = 0;
    const QDomNodeList messages = doc.elementsByTagName("message");
    for (int i = 0; i < messages.count(); ++i) {
        const QDomElement m = messages.at(i).toElement();
        const QString source = m.firstChildElement("source").text();
        const QDomElement translation = m.firstChildElement("translation");
        const QString type = translation.attribute("type");
        if (type == "vanished" || type == "obsolete") continue;
        ++checked;
        EXPECT_NE(type, "unfinished") << GetParam() << ": not translated: " << source.toStdString();
        QString text = translation.text();
        if (m.attribute("numerus") == "yes") text = translation.firstChildElement("numerusform").text();
        EXPECT_FALSE(text.trimmed().isEmpty()) << GetParam() << ": empty translation of " << source.toStdString();
        EXPECT_EQ(markers(text), markers(source)) << GetParam() << ": " << source.toStdString() << " -> "
                                                  << text.toStdString();
    }
    EXPECT_GT(checked, 100);
}

INSTANTIATE_TEST_SUITE_P(Ts, Translations, ::testing::Values("zh_CN", "en"));
