// gasbench profile list|confirm: the standard profiles and the quality manager's confirmation
// of one against the standard's own text.
#include <iostream>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/reports/profile_confirmation.hpp"
#include "gasbench/reports/report_error.hpp"
#include "gasbench/reports/users.hpp"
#include "pin_entry.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::reports;

const char* kUsage =
    "usage: gasbench profile list [--profiles DIR] [--db FILE]\n"
    "       gasbench profile confirm ID --source TEXT --by QM [--profiles DIR] [--db FILE]\n"
    "\n"
    "list shows each profile with how many of its limits its file marks confirmed, and the\n"
    "quality manager's confirmation on record, if any. confirm records that QM (a quality\n"
    "manager, PIN from GASBENCH_PIN or the terminal) checked profile ID's limits against the\n"
    "standard's text named by --source; it holds while the profile file stays byte for byte\n"
    "as it was. Approval and issue of a report refuse verdicts on unconfirmed limits.\n"
    "DIR defaults to fixtures/standards.\n";

int runProfile(Args& args) {
    auto dbPath = args.option("--db");
    std::string dir = args.option("--profiles").value_or(std::string(GASBENCH_FIXTURES_DIR) + "/standards");
    std::string what = args.requirePositional("list or confirm");
    if (what == "list") {
        args.finish();
        auto db = storage::Database::open(storage::databasePathOr(dbPath));
        for (const auto& p : procedures::loadProfiles(dir)) {
            std::size_t confirmed = 0;
            for (const auto& item : p.items) confirmed += item.confirmed ? 1 : 0;
            auto conf = confirmationOf(db, p);
            std::cout << p.id << " v" << p.version << "  " << p.standard << "  " << confirmed << "/"
                      << p.items.size() << " limits confirmed in the file"
                      << (conf ? "; confirmed by " + conf->confirmedBy + " " + conf->confirmedAt + " (" +
                                     conf->source + ")"
                               : "")
                      << '\n';
        }
        return 0;
    }
    if (what != "confirm") throw UsageError("unknown subcommand '" + what + "'");
    std::string id = args.requirePositional("ID");
    std::string source = args.require("--source");
    std::string by = args.require("--by");
    args.finish();
    const procedures::Profile* profile = nullptr;
    auto profiles = procedures::loadProfiles(dir);
    for (const auto& p : profiles)
        if (p.id == id) profile = &p;
    if (!profile) throw ReportError("no profile '" + id + "' in " + dir);
    auto db = storage::Database::open(storage::databasePathOr(dbPath));
    User qm = authenticate(db, by, readPin("GASBENCH_PIN", "PIN of " + by));
    auto c = confirmProfile(db, *profile, source, qm);
    std::cout << "profile " << c.profileId << " v" << c.profileVersion << " confirmed by " << c.confirmedBy
              << " (sha256 " << c.profileSha256 << ")\n";
    return 0;
}

}  // namespace

GASBENCH_VERB("profile", "list standard profiles; a quality manager confirms one", kUsage, runProfile);

}  // namespace gasbench::cli
