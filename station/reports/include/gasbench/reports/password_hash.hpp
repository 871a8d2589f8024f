#pragma once
// PBKDF2-HMAC-SHA256 (RFC 8018) over QtCore's HMAC: how a user's password or PIN is kept.

#include <QByteArray>

namespace gasbench::reports {

inline constexpr int kPasswordIterations = 20000;

// 32 bytes of derived key.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations);
// 16 random bytes from the system's generator.
QByteArray newSalt();

}  // namespace gasbench::reports
