#pragma once
// How a user's PIN or password is kept: an Argon2id hash from libsodium (crypto_pwhash_str, its
// salt and cost inside the stored string), at libsodium's interactive cost or stronger. Hashes
// from before (PBKDF2-HMAC-SHA256, "pbkdf2-sha256$ITER$SALT$HASH") still verify, and are
// replaced by an Argon2id hash at the next right sign-in.

#include <QByteArray>
#include <string>

namespace gasbench::reports {

std::string hashSecret(const std::string& secret);
bool secretMatches(const std::string& stored, const std::string& secret);
// True for a hash weaker than the current one (a PBKDF2 one, or Argon2id at a lower cost).
bool needsRehash(const std::string& stored);

// RFC 8018 PBKDF2-HMAC-SHA256, 32 bytes of derived key: only to verify hashes from before.
QByteArray pbkdf2Sha256(const QByteArray& password, const QByteArray& salt, int iterations);

}  // namespace gasbench::reports
