#include "gasbench/hal/serial_ports.hpp"

#include <QSerialPortInfo>
#include <algorithm>

namespace gasbench::hal {

std::vector<SerialPortInfo> listSerialPorts() {
    std::vector<SerialPortInfo> out;
    for (const QSerialPortInfo& p : QSerialPortInfo::availablePorts()) {
        SerialPortInfo s;
        s.name = p.portName().toStdString();
        s.systemLocation = p.systemLocation().toStdString();
        s.description = p.description().toStdString();
        s.manufacturer = p.manufacturer().toStdString();
        if (p.hasVendorIdentifier()) s.vendorId = p.vendorIdentifier();
        if (p.hasProductIdentifier()) s.productId = p.productIdentifier();
        s.serialNumber = p.serialNumber().toStdString();
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const SerialPortInfo& a, const SerialPortInfo& b) {
        return a.systemLocation < b.systemLocation;
    });
    return out;
}

}  // namespace gasbench::hal
