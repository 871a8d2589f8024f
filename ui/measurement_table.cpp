#include "measurement_table.hpp"

#include <QHeaderView>

#include "verdict_style.hpp"

namespace gasbench::ui {

QTableWidget* makeMeasurementTable(QWidget* parent) {
    auto* t = new QTableWidget(0, 7, parent);
    t->setHorizontalHeaderLabels({QTableWidget::tr("item"), QTableWidget::tr("trial"),
                                  QTableWidget::tr("value"), QTableWidget::tr("unit"),
                                  QTableWidget::tr("limits"), QTableWidget::tr("clause"),
                                  QTableWidget::tr("verdict")});
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    return t;
}

QString limitsText(const storage::StoredMeasurement& m) {
    const QString unit = QString::fromStdString(m.unit);
    const QString le = QStringLiteral("≤");
    const QString lt = QStringLiteral("<");
    const QString ge = QStringLiteral("≥");
    const QString gt = QStringLiteral(">");
    if (m.low && m.high) {
        return QString::number(*m.low) + " " + (m.lowInclusive ? le : lt) + " x " +
               (m.highInclusive ? le : lt) + " " + QString::number(*m.high) + " " + unit;
    }
    if (m.low) return (m.lowInclusive ? ge : gt) + " " + QString::number(*m.low) + " " + unit;
    if (m.high) return (m.highInclusive ? le : lt) + " " + QString::number(*m.high) + " " + unit;
    return QStringLiteral("—");
}

void fillMeasurementTable(QTableWidget* table,
                          const std::vector<storage::StoredMeasurement>& rows) {
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
        const auto& m = rows[static_cast<std::size_t>(r)];
        QStringList cells{QString::fromStdString(m.item),
                          m.trial ? QString::number(*m.trial) : QTableWidget::tr("result"),
                          m.value ? QString::number(*m.value, 'g', 5) : QStringLiteral("—"),
                          QString::fromStdString(m.unit),
                          limitsText(m),
                          QString::fromStdString(m.clause),
                          verdictText(m.verdict)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == 6 || !m.trial) item->setBackground(verdictColor(m.verdict));
            if (!m.note.empty()) item->setToolTip(QString::fromStdString(m.note));
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
}

}  // namespace gasbench::ui
