#pragma once
// Saves a PNG of every section of the main window (scripts/screenshots): the run console with the
// latest run, the charts with a recorded run (a flame-failure run when there is one, for its
// event markers), the devices, the batches and the reports with a sample chosen.

#include <QString>
#include <QStringList>

namespace gasbench::ui {

class MainWindow;

// Files "<dir>/<nn>-<section>-<language>.png"; returns them. Throws std::runtime_error when one
// cannot be written.
QStringList saveSectionScreenshots(MainWindow& window, const QString& dir, const QString& language);

}  // namespace gasbench::ui
