#include "devices_section.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "gasbench/hal/serial_ports.hpp"
#include "gasbench/station/station.hpp"

namespace gasbench::ui {
namespace {

QColor stateColour(hal::DeviceState s) {
    switch (s) {
        case hal::DeviceState::active:
            return QColor(0xc8, 0xf0, 0xc8);
        case hal::DeviceState::armed:
            return QColor(0xff, 0xe0, 0x8a);
        case hal::DeviceState::faulted:
            return QColor(0xff, 0x9c, 0x9c);
        default:
            return QColor(0xee, 0xee, 0xee);
    }
}

QString stateText(hal::DeviceState s) {
    switch (s) {
        case hal::DeviceState::unconfigured:
            return DevicesSection::tr("unconfigured");
        case hal::DeviceState::configured:
            return DevicesSection::tr("configured");
        case hal::DeviceState::active:
            return DevicesSection::tr("active");
        case hal::DeviceState::armed:
            return DevicesSection::tr("armed");
        case hal::DeviceState::stopped:
            return DevicesSection::tr("stopped");
        case hal::DeviceState::faulted:
            return DevicesSection::tr("faulted");
    }
    return {};
}

}  // namespace

DevicesSection::DevicesSection(const UiOptions& options, RunController& runs, QWidget* parent)
    : QWidget(parent), options_(options), runs_(runs) {
    setObjectName("devicesSection");
    auto* layout = new QVBoxLayout(this);
    caption_ = new QLabel;
    caption_->setObjectName("devicesCaption");
    layout->addWidget(caption_);
    tree_ = new QTreeWidget;
    tree_->setObjectName("devicesTree");
    tree_->setHeaderLabels({tr("bus / device / channel"), tr("state"), tr("last error"),
                            tr("rate set (Hz)"), tr("rate achieved (Hz)"), tr("readings")});
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(tree_, 1);

    auto* portRow = new QHBoxLayout;
    portRow->addWidget(new QLabel(tr("Serial port (RS-485 adapter)")));
    ports_ = new QComboBox;
    ports_->setObjectName("serialPorts");
    portRow->addWidget(ports_, 1);
    auto* rescan = new QPushButton(tr("Look again"));
    rescan->setObjectName("rescanPorts");
    portRow->addWidget(rescan);
    layout->addLayout(portRow);
    portDetails_ = new QLabel;
    portDetails_->setObjectName("portDetails");
    layout->addWidget(portDetails_);
    connect(rescan, &QPushButton::clicked, this, &DevicesSection::refreshSerialPorts);
    connect(ports_, &QComboBox::currentIndexChanged, this,
            [this] { portDetails_->setText(ports_->currentData().toString()); });

    timer_ = new QTimer(this);
    timer_->setInterval(1000);
    connect(timer_, &QTimer::timeout, this, &DevicesSection::refresh);
    timer_->start();
    connect(&runs_, &RunController::runStarted, this, &DevicesSection::refresh);
    refreshSerialPorts();
    refresh();
}

void DevicesSection::refreshSerialPorts() {
    ports_->clear();
    for (const auto& p : hal::listSerialPorts()) {
        QString details =
            QStringLiteral("%1 %2 %3")
                .arg(QString::fromStdString(p.description), QString::fromStdString(p.manufacturer),
                     QString::fromStdString(p.serialNumber));
        if (p.vendorId && p.productId) {
            details += QStringLiteral(" (USB %1:%2)")
                           .arg(*p.vendorId, 4, 16, QChar('0'))
                           .arg(*p.productId, 4, 16, QChar('0'));
        }
        ports_->addItem(QString::fromStdString(p.systemLocation), details.trimmed());
    }
    if (ports_->count() == 0) portDetails_->setText(tr("No serial port on this machine."));
}

void DevicesSection::refresh() {
    bool live = false;
    runs_.withStation([&](station::Station& s) {
        live = true;
        const auto& config = s.config();
        tree_->setProperty("showsConfiguration", false);
        tree_->clear();
        for (const auto& bus : s.busStatus()) {
            auto* busItem = new QTreeWidgetItem(
                tree_, {QString::fromStdString(bus.bus),
                        bus.linkUp ? tr("link up") : tr("link down"), QString(), QString(),
                        QString(), tr("%1 requests, %2 failed").arg(bus.requests).arg(bus.errors)});
            busItem->setBackground(
                1, bus.linkUp ? QColor(0xc8, 0xf0, 0xc8) : QColor(0xff, 0x9c, 0x9c));
            for (const auto& d : bus.devices) {
                std::string name = d.mapId;
                for (const auto& cd : config.devices) {
                    if (cd.bus == bus.bus && cd.unitId == d.unitId) name = cd.name;
                }
                auto* devItem = new QTreeWidgetItem(
                    busItem, {QStringLiteral("%1 (unit %2, %3)")
                                  .arg(QString::fromStdString(name))
                                  .arg(d.unitId)
                                  .arg(QString::fromStdString(d.mapId)),
                              stateText(d.state),
                              d.lastError ? QString::fromStdString(d.lastError->text) : QString()});
                devItem->setBackground(1, stateColour(d.state));
                for (const auto& c : bus.channels) {
                    const auto& ch = config.channel(c.id);
                    if (ch.device != name || c.rateHz <= 0.0) continue;
                    new QTreeWidgetItem(
                        devItem,
                        {QString::fromStdString(ch.qualifiedName),
                         QString::fromStdString(std::string(readingStatusName(c.lastStatus))),
                         QString(), QString::number(c.rateHz, 'f', 1),
                         QString::number(c.achievedHz, 'f', 1), QString::number(c.readings)});
                }
            }
        }
        tree_->expandAll();
        caption_->setText(tr("Station %1 running").arg(QString::fromStdString(config.id)));
    });
    if (!live) showConfiguration();
}

void DevicesSection::showConfiguration() {
    if (tree_->property("showsConfiguration").toBool()) return;
    tree_->clear();
    try {
        auto config = station::loadStationConfig(options_.stationFile);
        for (const auto& bus : config.buses) {
            auto* busItem = new QTreeWidgetItem(
                tree_, {QString::fromStdString(bus.name), tr("idle between runs")});
            for (const auto& d : config.devices) {
                if (d.bus != bus.name) continue;
                auto* devItem = new QTreeWidgetItem(
                    busItem, {QStringLiteral("%1 (unit %2, %3)")
                                  .arg(QString::fromStdString(d.name))
                                  .arg(d.unitId)
                                  .arg(QString::fromStdString(d.map->id)),
                              d.critical ? tr("configured, critical") : tr("configured")});
                for (const auto& ch : config.channels) {
                    if (ch.device != d.name || ch.rateHz <= 0.0) continue;
                    new QTreeWidgetItem(
                        devItem, {QString::fromStdString(ch.qualifiedName), QString(), QString(),
                                  QString::number(ch.rateHz, 'f', 1)});
                }
            }
        }
        tree_->expandToDepth(0);
        caption_->setText(tr("Station %1 (%2): no run, the bench rests in its safe state.")
                              .arg(QString::fromStdString(config.id),
                                   QString::fromStdString(options_.stationFile)));
        tree_->setProperty("showsConfiguration", true);
    } catch (const std::exception& e) {
        caption_->setText(
            tr("The station config does not load: %1").arg(QString::fromUtf8(e.what())));
    }
}

}  // namespace gasbench::ui
