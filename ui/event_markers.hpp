#pragma once
// Event markers found in the recorded state channels themselves, so the live view and the
// after-the-run view place them at the same bench time: ignition and flame-out from the flame
// detector, the supply valve opened and closed from the outputs.

#include <QString>
#include <map>
#include <optional>
#include <string>

namespace gasbench::ui {

class EventMarkers {
  public:
    // The roles whose transitions are events.
    static bool watches(const std::string& role);
    // A state reading of `role`; the marker's label when it changed.
    std::optional<QString> feed(const std::string& role, bool on);
    void reset() { last_.clear(); }

  private:
    std::map<std::string, bool> last_;
};

}  // namespace gasbench::ui
