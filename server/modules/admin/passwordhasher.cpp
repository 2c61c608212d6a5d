#include "server/modules/admin/passwordhasher.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <sodium.h>

#include <stdexcept>

namespace Erp::Server::Admin::PasswordHasher {

namespace {

constexpr unsigned long long OpsLimit = 2;
constexpr size_t MemLimit = 19u * 1024u * 1024u;

void ensureInit()
{
    static const int rc = sodium_init();
    if (rc < 0)
        throw std::runtime_error("libsodium failed to initialise");
}

} // namespace

QString hash(const QString& password)
{
    ensureInit();
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), size_t(pw.size()), OpsLimit, MemLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool verify(const QString& storedHash, const QString& password)
{
    ensureInit();
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(stored.constData(), pw.constData(), size_t(pw.size())) == 0;
}

QString randomToken()
{
    ensureInit();
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

QString tokenHash(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace Erp::Server::Admin::PasswordHasher
