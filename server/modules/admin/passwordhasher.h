#pragma once

#include <QString>

namespace Erp::Server::Admin {

/// Argon2id password hashes (libsodium), stored in libsodium's self-describing string format
/// so the cost parameters can be raised later without invalidating old hashes.
namespace PasswordHasher {

/// Hashes with t=2, m=19 MiB (the OWASP recommendation for Argon2id).
QString hash(const QString& password);
bool verify(const QString& storedHash, const QString& password);
/// A 256-bit random token, hex encoded, and the hash under which it is stored.
QString randomToken();
QString tokenHash(const QString& token);

} // namespace PasswordHasher

} // namespace Erp::Server::Admin
