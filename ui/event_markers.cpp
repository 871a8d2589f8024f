#include "event_markers.hpp"

#include <QCoreApplication>

namespace gasbench::ui {

bool EventMarkers::watches(const std::string& role) {
    return role == "flame" || role == "supply_valve";
}

std::optional<QString> EventMarkers::feed(const std::string& role, bool on) {
    auto it = last_.find(role);
    bool changed = it != last_.end() && it->second != on;
    last_[role] = on;
    if (!changed) return std::nullopt;
    if (role == "flame") {
        return on ? QCoreApplication::translate("EventMarkers", "ignition")
                  : QCoreApplication::translate("EventMarkers", "flame-out");
    }
    return on ? QCoreApplication::translate("EventMarkers", "valve opened")
              : QCoreApplication::translate("EventMarkers", "valve closed");
}

}  // namespace gasbench::ui
