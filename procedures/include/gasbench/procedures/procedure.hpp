#pragma once
// A procedure declared apart from its execution (OpenHTF's model): what it is, what it applies
// to, which roles it needs, which profile items it judges, and its steps. The engine
// (engine.hpp) runs it against a Bench and a standard profile.

#include <functional>
#include <string>
#include <vector>

namespace gasbench::procedures {

class StepContext;

struct RoleNeed {
    std::string role;
    bool required = true;  // optional roles are used when wired (e.g. temperature correction)
};

struct Step {
    std::string name;  // "opening-time trials": shown to the technician, kept in the events
    std::function<void(StepContext&)> run;
};

struct ProcedureDefinition {
    std::string id;  // "flame-failure"
    std::string titleZh;
    std::string titleEn;
    std::vector<std::string> categories;  // product categories it applies to
    std::vector<std::string> profiles;    // profile ids written for it
    std::vector<RoleNeed> roles;
    std::vector<std::string> items;       // profile item ids it judges (checklists included)
    std::vector<Step> steps;
    // Runs after the steps, also after STOP or a failure, before the station's safe state: put
    // the sample down gently (igniter off, valves closed, setpoints to zero).
    std::function<void(StepContext&)> teardown;

    bool appliesTo(const std::string& category) const;
};

}  // namespace gasbench::procedures
