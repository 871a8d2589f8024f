#include "gasbench/reports/profile_confirmation.hpp"

#include <QCryptographicHash>
#include <QFile>
#include <algorithm>
#include <cctype>

#include "gasbench/reports/report_error.hpp"
#include "gasbench/storage/audit_log.hpp"

namespace gasbench::reports {

std::string profileFileSha256(const procedures::Profile& profile) {
    QFile f(QString::fromStdString(profile.sourceFile));
    if (!f.open(QIODevice::ReadOnly)) throw ReportError("cannot read profile file " + profile.sourceFile);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex().toStdString();
}

ProfileConfirmation confirmProfile(storage::Database& db, const procedures::Profile& profile,
                                   const std::string& source, const User& by) {
    auto current = findUser(db, by.name);
    if (!current || current->role != Role::qualityManager || current->disabled)
        throw ReportError(by.name + " is not a quality manager and may not confirm a profile");
    if (std::all_of(source.begin(), source.end(), [](unsigned char c) { return std::isspace(c); }))
        throw ReportError("profile confirm: --source must say what the limits were checked against");
    ProfileConfirmation c{0, profile.id, profile.version, profileFileSha256(profile), source, by.name,
                          storage::utcNow()};
    storage::Transaction tx(db);
    db.prepare("INSERT INTO profile_confirmations (profile_id, profile_version, profile_sha256, source,"
               " confirmed_by, staff_id, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, c.profileId)
        .bind(2, c.profileVersion)
        .bind(3, c.profileSha256)
        .bind(4, c.source)
        .bind(5, c.confirmedBy)
        .bind(6, current->staffId)
        .bind(7, c.confirmedAt)
        .run();
    c.id = db.lastInsertId();
    storage::appendEvent(db, {by.name, "profile.confirmed", std::nullopt,
                              c.profileId + " v" + std::to_string(c.profileVersion),
                              "sha256 " + c.profileSha256 + "; source: " + c.source,
                              storage::RowRef{"profile_confirmations", c.id}});
    tx.commit();
    return c;
}

std::optional<ProfileConfirmation> confirmationOf(storage::Database& db, const procedures::Profile& profile) {
    std::string sha = profileFileSha256(profile);
    auto s = db.prepare(
        "SELECT id, source, confirmed_by, confirmed_at FROM profile_confirmations"
        " WHERE profile_id = ? AND profile_version = ? AND profile_sha256 = ? ORDER BY id DESC LIMIT 1");
    s.bind(1, profile.id).bind(2, profile.version).bind(3, sha);
    if (!s.step()) return std::nullopt;
    return ProfileConfirmation{s.integer(0), profile.id, profile.version, sha, s.text(1), s.text(2), s.text(3)};
}

}  // namespace gasbench::reports
