#include "gasbench/reports/password_hash.hpp"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace gasbench::reports {

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

QByteArray newSalt() {
    QByteArray salt(16, '\0');
    for (auto& b : salt) b = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return salt;
}

}  // namespace gasbench::reports
