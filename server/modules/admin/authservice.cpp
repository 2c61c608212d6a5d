#include "server/modules/admin/authservice.h"

#include "server/modules/admin/adminrepository.h"
#include "server/modules/admin/passwordhasher.h"
#include "server/modules/admin/userrules.h"
#include "server/platform/accesspolicy.h"
#include "server/rpc/callcontext.h"
#include "server/rpc/dispatcher.h"
#include "server/storage/database.h"

#include <QDateTime>
#include <QJsonArray>

namespace Erp::Server::Admin {

using Rpc::Error;

namespace {

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

Error invalidCredentials()
{
    return Error(Rpc::NotAuthenticated, QStringLiteral("Invalid username or password"),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("invalid_credentials")}})
        .withId(QStringLiteral("auth.invalid_credentials"));
}

Error lockedError(const QString& until)
{
    return Error(Rpc::NotAuthenticated,
                 QStringLiteral(
                     "The account is locked after too many failed logins; try again after %1")
                     .arg(until),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("locked")},
                             {QStringLiteral("locked_until"), until}})
        .withId(QStringLiteral("auth.locked"), QJsonObject{{QStringLiteral("until"), until}});
}

} // namespace

QJsonObject AuthService::login(Rpc::CallContext& ctx, const QString& username,
                               const QString& password)
{
    AdminRepository repo(ctx.db);
    const auto user = repo.userByUsername(username.trimmed().toLower());
    if (!user || !user->active) {
        // Same work as a real check, so response time does not reveal which usernames exist.
        static const QString dummyHash = PasswordHasher::hash(QStringLiteral("timing equaliser"));
        PasswordHasher::verify(dummyHash, password);
        ctx.responseDelayMs = 300;
        throw invalidCredentials();
    }
    const QString now = Storage::nowText();
    int failed = user->failedLogins;
    if (!user->lockedUntil.isEmpty()) {
        if (user->lockedUntil > now)
            throw lockedError(user->lockedUntil);
        failed = 0; // the lock has expired: a fresh series of attempts
    }
    if (!PasswordHasher::verify(user->passwordHash, password)) {
        ++failed;
        const QString lockedUntil =
            failed >= MaxFailedLogins ? isoIn(LockoutMinutes * 60) : QString();
        repo.setLoginState(user->id, failed, lockedUntil, QString());
        // Exponential back-off: 0.25 s, 0.5 s, 1 s, 2 s, then the lock.
        ctx.responseDelayMs = qMin(250 << (failed - 1), 4000);
        ctx.failAfterCommit =
            lockedUntil.isEmpty() ? invalidCredentials() : lockedError(lockedUntil);
        if (!lockedUntil.isEmpty()) {
            const QJsonObject before{{QStringLiteral("locked_until"), QJsonValue::Null}};
            const QJsonObject after{{QStringLiteral("locked_until"), lockedUntil},
                                    {QStringLiteral("failed_logins"), failed}};
            Rpc::Identity actor = ctx.identity;
            ctx.identity.username =
                user->username; // the audit names the account, not an anonymous caller
            ctx.recordChange(QStringLiteral("user"), user->id, user->version, before, after);
            ctx.identity = actor;
        }
        return {};
    }
    repo.setLoginState(user->id, 0, QString(), now);
    const QString token = PasswordHasher::randomToken();
    repo.insertSession(PasswordHasher::tokenHash(token), user->id,
                       isoIn(qint64(SessionDays) * 86400));
    return establish(ctx, user->id, token);
}

QJsonObject AuthService::resume(Rpc::CallContext& ctx, const QString& token)
{
    AdminRepository repo(ctx.db);
    const qint64 userId = repo.sessionUser(PasswordHasher::tokenHash(token), Storage::nowText());
    const auto user = userId > 0 ? repo.userById(userId) : std::nullopt;
    if (!user || !user->active)
        throw Error(Rpc::NotAuthenticated,
                    QStringLiteral("The session has ended; please log in again"),
                    QJsonObject{{QStringLiteral("reason"), QStringLiteral("session_expired")}})
            .withId(QStringLiteral("auth.session_expired"));
    return establish(ctx, user->id, token);
}

QJsonObject AuthService::establish(Rpc::CallContext& ctx, qint64 userId, const QString& token)
{
    AdminRepository repo(ctx.db);
    const auto user = repo.userById(userId);
    ctx.identity = Rpc::Identity();
    ctx.identity.userId = user->id;
    ctx.identity.username = user->username;
    ctx.identity.tokenHash = PasswordHasher::tokenHash(token);
    refreshIdentity(ctx);
    if (m_dispatcher)
        ctx.identity.grantsEpoch = m_dispatcher->grantsEpoch();
    QStringList grants(ctx.identity.grants.begin(), ctx.identity.grants.end());
    grants.sort();
    return QJsonObject{
        {QStringLiteral("token"), token},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), user->id},
                                             {QStringLiteral("username"), user->username},
                                             {QStringLiteral("full_name"), user->fullName},
                                             {QStringLiteral("email"), user->email}}},
        {QStringLiteral("roles"), QJsonArray::fromStringList(ctx.identity.roles)},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(grants)}};
}

void AuthService::logout(Rpc::CallContext& ctx)
{
    AdminRepository(ctx.db).deleteSession(ctx.identity.tokenHash);
    ctx.identity = Rpc::Identity();
}

void AuthService::changePassword(Rpc::CallContext& ctx, const QString& oldPassword,
                                 const QString& newPassword)
{
    AdminRepository repo(ctx.db);
    auto user = repo.userById(ctx.identity.userId);
    if (!user)
        throw Error(Rpc::NotAuthenticated, QStringLiteral("Not logged in"))
            .withId(QStringLiteral("auth.not_logged_in"));
    Rpc::FieldErrors errors;
    if (!PasswordHasher::verify(user->passwordHash, oldPassword))
        errors.add(QStringLiteral("old_password"), QStringLiteral("invalid"),
                   QStringLiteral("is not your current password"),
                   QStringLiteral("auth.password.wrong_current"));
    checkPassword(errors, QStringLiteral("new_password"), newPassword);
    if (newPassword == oldPassword)
        errors.add(QStringLiteral("new_password"), QStringLiteral("invalid"),
                   QStringLiteral("must differ from the current password"),
                   QStringLiteral("auth.password.same"));
    errors.throwIfAny();
    const qint64 version = user->version;
    user->passwordHash = PasswordHasher::hash(newPassword);
    if (!repo.updateUser(*user, version))
        throw Error(Rpc::VersionConflict,
                    QStringLiteral("The account was changed meanwhile; try again"))
            .withId(QStringLiteral("auth.account_changed"));
    ctx.recordChange(QStringLiteral("user"), user->id, version + 1,
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("(old)")}},
                     QJsonObject{{QStringLiteral("password"), QStringLiteral("(changed)")}});
}

bool AuthService::refreshIdentity(Rpc::CallContext& ctx)
{
    AdminRepository repo(ctx.db);
    const auto user = repo.userById(ctx.identity.userId);
    if (!user || !user->active)
        return false;
    // One statement: the roles with their grants and record rules. Which record rules restrict
    // the user follows from his roles one by one (AccessPolicy::restrictingRules).
    const QList<RoleRow> roles = repo.rolesOfUser(user->id);
    QList<Platform::AccessPolicy::RoleGrants> roleGrants;
    ctx.identity.roles.clear();
    ctx.identity.grants.clear();
    for (const RoleRow& r : roles) {
        ctx.identity.roles.append(r.name);
        const QSet<QString> grants(r.permissions.begin(), r.permissions.end());
        ctx.identity.grants.unite(grants);
        roleGrants.append({grants, r.recordRules});
    }
    ctx.identity.roles.sort();
    ctx.identity.recordRules =
        ctx.access ? ctx.access->restrictingRules(roleGrants) : QStringList();
    return true;
}

} // namespace Erp::Server::Admin
