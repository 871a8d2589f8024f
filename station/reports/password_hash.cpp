#include "gasbench/reports/password_hash.hpp"

#include <sodium.h>

#include <QCryptographicHash>
#include <QList>
#include <QMessageAuthenticationCode>

#include "gasbench/reports/report_error.hpp"

namespace gasbench::reports {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
const QByteArray kLegacyPrefix = "pbkdf2-sha256$";

void requireSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw ReportError("libsodium failed to initialise");
}

bool legacyMatches(const QByteArray& stored, const std::string& secret) {
    QList<QByteArray> parts = stored.mid(kLegacyPrefix.size()).split('$');
    if (parts.size() != 3) return false;
    bool ok = false;
    int iterations = parts[0].toInt(&ok);
    if (!ok || iterations <= 0) return false;
    QByteArray key = pbkdf2Sha256(QByteArray::fromStdString(secret), QByteArray::fromHex(parts[1]), iterations);
    QByteArray expected = QByteArray::fromHex(parts[2]);
    return key.size() == expected.size() &&
           sodium_memcmp(key.constData(), expected.constData(), static_cast<std::size_t>(key.size())) == 0;
}

}  // namespace

std::string hashSecret(const std::string& secret) {
    requireSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), kOpsLimit, kMemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw ReportError("not enough memory to hash the PIN (Argon2id needs 64 MiB)");
    return out;
}

bool secretMatches(const std::string& stored, const std::string& secret) {
    QByteArray s = QByteArray::fromStdString(stored);
    if (s.startsWith(kLegacyPrefix)) return legacyMatches(s, secret);
    requireSodium();
    return crypto_pwhash_str_verify(stored.c_str(), secret.data(), secret.size()) == 0;
}

bool needsRehash(const std::string& stored) {
    if (QByteArray::fromStdString(stored).startsWith(kLegacyPrefix)) return true;
    requireSodium();
    return crypto_pwhash_str_needs_rehash(stored.c_str(), kOpsLimit, kMemLimit) != 0;
}

QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations) {
    // One block is enough: the derived key is as long as one SHA-256.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt);
    mac.addData(QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray key = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype j = 0; j < key.size(); ++j) key[j] = static_cast<char>(key[j] ^ u[j]);
    }
    return key;
}

}  // namespace gasbench::reports
