#include "server/modules/admin/userrules.h"

#include <QRegularExpression>

namespace Erp::Server::Admin {

void checkUsername(Rpc::FieldErrors& errors, const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    if (username.isEmpty())
        errors.add(QStringLiteral("username"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    else if (!pattern.match(username).hasMatch())
        errors.add(QStringLiteral("username"), QStringLiteral("invalid"),
                   QStringLiteral("must be 2-32 characters of a-z, 0-9, '.', '_' or '-'"),
                   QStringLiteral("admin.user.username_chars"));
}

void checkPassword(Rpc::FieldErrors& errors, const QString& field, const QString& password)
{
    if (password.isEmpty())
        errors.add(field, QStringLiteral("required"), QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
    else if (password.size() < MinPasswordLength)
        errors.add(field, QStringLiteral("too_short"),
                   QStringLiteral("must be at least %1 characters").arg(MinPasswordLength),
                   QStringLiteral("validation.too_short"),
                   QJsonObject{{QStringLiteral("min"), MinPasswordLength}});
    else if (password.size() > MaxPasswordLength)
        errors.add(field, QStringLiteral("too_long"),
                   QStringLiteral("must be at most %1 characters").arg(MaxPasswordLength),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), MaxPasswordLength}});
}

void checkEmail(Rpc::FieldErrors& errors, const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!email.isEmpty() && !pattern.match(email).hasMatch())
        errors.add(QStringLiteral("email"), QStringLiteral("invalid"),
                   QStringLiteral("is not a valid e-mail address"),
                   QStringLiteral("validation.email"));
}

void checkRoleName(Rpc::FieldErrors& errors, const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{1,31}$"));
    if (name.isEmpty())
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    else if (!pattern.match(name).hasMatch())
        errors.add(
            QStringLiteral("name"), QStringLiteral("invalid"),
            QStringLiteral("must be 2-32 characters of a-z, 0-9 or '_', starting with a letter"),
            QStringLiteral("admin.role.name_chars"));
}

} // namespace Erp::Server::Admin
