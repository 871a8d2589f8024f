#pragma once
// Devices: each bus and each device on it with its state (configured, active, armed, faulted),
// its last error and the poll rate achieved per channel, refreshed once a second from the running
// station; between runs, the configuration. And the serial ports this machine has, for setting
// up an RS-485 bus.

#include <QWidget>

#include "run_controller.hpp"
#include "ui_options.hpp"

class QComboBox;
class QLabel;
class QTimer;
class QTreeWidget;

namespace gasbench::ui {

class DevicesSection : public QWidget {
    Q_OBJECT
  public:
    DevicesSection(const UiOptions& options, RunController& runs, QWidget* parent = nullptr);

    void refresh();
    void refreshSerialPorts();
    QTreeWidget* tree() const { return tree_; }

  private:
    void showConfiguration();

    UiOptions options_;
    RunController& runs_;
    QTreeWidget* tree_ = nullptr;
    QComboBox* ports_ = nullptr;
    QLabel* portDetails_ = nullptr;
    QLabel* caption_ = nullptr;
    QTimer* timer_ = nullptr;
};

}  // namespace gasbench::ui
