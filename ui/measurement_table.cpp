#include "measurement_table.hpp"

#include <QHeaderView>
#include <QLocale>
#include <algorithm>

#include "gasbench/procedures/catalogue.hpp"
#include "verdict_style.hpp"

namespace gasbench::ui {

QTableWidget* makeMeasurementTable(QWidget* parent) {
    auto* t = new QTableWidget(0, kMeasurementColumns, parent);
    t->setHorizontalHeaderLabels({QTableWidget::tr("item"), QTableWidget::tr("requirement"),
                                  QTableWidget::tr("trial"),
                                  QTableWidget::tr("value"), QTableWidget::tr("unit"),
                                  QTableWidget::tr("limits"), QTableWidget::tr("clause"),
                                  QTableWidget::tr("verdict")});
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    return t;
}

QString limitsCell(const storage::StoredMeasurement& m) { return QString::fromStdString(limitsText(m)); }

QString valueCell(const storage::StoredMeasurement& m) {
    // The number the report will print: rounded to the item's reporting interval.
    const std::string shown = shownNumber(m);
    return shown.empty() ? QStringLiteral("—") : QString::fromStdString(shown);
}

void fillMeasurementTable(QTableWidget* table, const std::vector<storage::StoredMeasurement>& rows,
                          const procedures::Profile* profile) {
    const bool zh = QLocale().language() == QLocale::Chinese;
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& m = rows[static_cast<std::size_t>(r)];
        const procedures::ProfileItem* item = profile ? profile->findItem(m.item) : nullptr;
        QString requirement =
            item ? QString::fromStdString(zh ? item->requirementZh : item->requirementEn) : limitsCell(m);
        QStringList cells{QString::fromStdString(procedures::nameOf(procedures::Named::item, m.item, zh)),
                          requirement,
                          m.trial ? QString::number(*m.trial) : QTableWidget::tr("result"),
                          valueCell(m),
                          QString::fromStdString(m.unit),
                          limitsCell(m),
                          QString::fromStdString(m.clause),
                          verdictText(m.verdict)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(cells[c]);
            if (c == kVerdictColumn || !m.trial) cell->setBackground(verdictColor(m.verdict));
            QString tip = c == 0 ? QString::fromStdString(m.item) : QString();
            if (c == 1) tip = requirement;
            if (!m.note.empty()) tip += (tip.isEmpty() ? "" : "\n") + QString::fromStdString(m.note);
            if (!tip.isEmpty()) cell->setToolTip(tip);
            table->setItem(r, c, cell);
        }
    }
    table->resizeColumnsToContents();
    // A long requirement wraps in its tooltip rather than widening the table past the window.
    table->setColumnWidth(1, std::min(table->columnWidth(1), 360));
}

}  // namespace gasbench::ui
