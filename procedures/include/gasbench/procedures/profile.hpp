#pragma once
// A standard profile: versioned data (fixtures/standards/*.json) saying, for each item a
// procedure judges, its clause, requirement text, limits with units, source and whether the
// figures are confirmed; and the parameters of the test (trials, pressures, hold times). Where a
// figure is not known the item has no limit and judges inconclusive: nobody guesses a figure.

#include <optional>
#include <string>
#include <vector>

#include "gasbench/core/units.hpp"
#include "gasbench/procedures/measurement.hpp"

namespace gasbench::procedures {

enum class ItemKind {
    measured,   // a value against limits
    checklist,  // an inspection answer: conforms or not
};

// A limit read from an instrument at run time (GB 11174-2011: DME fails when detected, i.e.
// above the analyzer's detection limit).
struct InstrumentBound {
    std::string role;  // "analyzer.detection_limit"
    bool inclusive = true;
};

struct ProfileItem {
    std::string id;  // "closing_time", the name scenarios and reports use
    ItemKind kind = ItemKind::measured;
    std::string clause;
    std::string requirementZh;
    std::string requirementEn;
    std::string unit;  // display unit ("s", "kPa", "%"); empty for checklist items
    units::Dimension dimension = units::Dimension::dimensionless;
    Limits limits;     // none: judges inconclusive
    std::optional<InstrumentBound> highFrom;  // instead of a fixed high limit
    Combine combine = Combine::worstCase;
    std::optional<units::Quantity> uncertainty;  // a stated expanded U (k = 2)
    Rounding rounding;  // reporting interval and comparison method (GB/T 8170-2008)
    std::optional<units::Quantity> guardBand;  // guarded acceptance: a stated w; none: w = U
    bool reportUncertainty = false;  // the method asks for "result ± U" on the report
    std::optional<Nonconformity> nonconformity;  // checklist items: what a failure counts as
    std::string conditions;  // test conditions, as the standard words them
    std::string source;
    bool confirmed = false;
};

struct ProfileParameter {
    std::string id;  // "trials", "warm_up_time", "inlet_pressure_points"
    std::string unit;
    std::vector<units::Quantity> values;  // one for a scalar, several for a list (sweep points)
    std::string source;
    bool confirmed = false;
    std::string note;
};

struct Profile {
    std::string id;  // "gb-16410-2020"
    int version = 1;
    std::string standard;  // "GB 16410-2020"
    std::string titleZh;
    std::string titleEn;
    std::string procedure;  // the procedure id it is written for
    // ISO/IEC 17025 7.8.6: the rule the profile's statements of conformity follow; simple
    // acceptance where the standard is silent.
    DecisionRuleKind decisionRule = DecisionRuleKind::simple;
    std::vector<std::string> categories;
    std::vector<ProfileItem> items;
    std::vector<ProfileParameter> parameters;
    // The dates the edition is in force, YYYY-MM-DD: from (inclusive) until (exclusive, the day
    // the edition replacing it comes in); empty: no bound (a laboratory method). `replaces`
    // names the profile of the edition before.
    std::string inForceFrom;
    std::string inForceUntil;
    std::string replaces;
    std::string sourceFile;

    bool inForceOn(const std::string& isoDate) const;

    const ProfileItem* findItem(const std::string& id) const;
    const ProfileParameter* findParameter(const std::string& id) const;
};

// Reads a profile; refuses a bad one with ConfigError naming the file and field.
Profile loadProfile(const std::string& file);
// Every *.json in a folder (fixtures/standards), sorted by id.
std::vector<Profile> loadProfiles(const std::string& folder);

}  // namespace gasbench::procedures
