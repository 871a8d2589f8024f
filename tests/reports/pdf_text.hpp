#pragma once
// What a reader gets out of a PDF: its text through pdftotext (poppler-utils), and its first
// pages as PNGs through pdftoppm. The file goes through a temporary folder.

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <string>

namespace gasbench::testsupport {

inline QString runTool(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString pdfText(const QByteArray& pdf) {
    QTemporaryDir dir;
    QFile f(dir.filePath("r.pdf"));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    // Raw order: one table cell after another, no layout columns to cut words apart.
    return runTool("pdftotext", {"-raw", f.fileName(), "-"});
}

// Page `number` (1-based) at 50 dpi; a null image past the last page.
inline QImage pagePng(const QByteArray& pdf, int number, const QString& keepAs = {}) {
    QTemporaryDir dir;
    QFile f(dir.filePath("r.pdf"));
    f.open(QIODevice::WriteOnly);
    f.write(pdf);
    f.close();
    const QString n = QString::number(number);
    runTool("pdftoppm", {"-r", "50", "-png", "-f", n, "-l", n, "-singlefile", f.fileName(),
                         dir.filePath("page")});
    QImage page(dir.filePath("page.png"));
    if (!keepAs.isEmpty() && !page.isNull()) page.save(keepAs);
    return page;
}

inline QImage firstPagePng(const QByteArray& pdf, const QString& keepAs = {}) {
    return pagePng(pdf, 1, keepAs);
}

}  // namespace gasbench::testsupport
