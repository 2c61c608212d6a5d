#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Erp::Rpc {

struct CallContext;

/// Parameter types the dispatcher checks before a handler runs.
enum class ParamType {
    String,
    Integer, ///< a JSON number with an integral value
    Id,      ///< a positive integer record id
    Boolean,
    Object,
    Array,
    Decimal, ///< an exact decimal travelling as a string, e.g. "50000.00"
    Any,
};

struct ParamSpec
{
    QString name;
    ParamType type = ParamType::String;
    bool required = false;
    QString description;
    int maxLength = 0; ///< strings only; 0 = no limit
};

using Handler = std::function<QJsonValue(CallContext&, const QJsonObject& params)>;

/// One entry of the method registry: everything the dispatcher needs to check, run and
/// describe a method. Built fluently where the module registers its methods.
struct MethodSpec
{
    enum class Access {
        Public,        ///< no login needed (system.ping, rpc.discover, auth.login, auth.resume)
        Authenticated, ///< a logged-in user; `permission` decides the rest
    };

    QString name;
    QString summary;
    QString permission; ///< required grant; empty = any logged-in user
    Access access = Access::Authenticated;
    bool readOnly = false; ///< runs in a read-only transaction
    bool usesStore = true; ///< false: no transaction at all (ping, discover)
    QList<ParamSpec> params;
    QJsonObject result; ///< JSON Schema of the result, for rpc.discover
    Handler handler;
    /// Entities whose protected fields may travel in the result: the dispatcher leaves out
    /// what the caller may not read (server/platform/fieldaccess.h).
    QStringList carried;
    /// Entities whose protected fields may arrive as parameters: writing one needs its
    /// permission (-32003 naming the field).
    QStringList written;
    /// The dispatcher refuses control characters (other than tab, line feed and carriage
    /// return) in every string of the params: -32602 in a search or filter, -32022 naming the
    /// field elsewhere. False for a method that reports them itself (an import's rows).
    bool refusesControlCharacters = true;
    /// The keys its `filter` param accepts; any other key is -32602 naming it (a misspelt
    /// filter must not silently return everything).
    QStringList filterKeys;

    explicit MethodSpec(QString methodName)
        : name(std::move(methodName))
    {}
    MethodSpec& describe(const QString& text)
    {
        summary = text;
        return *this;
    }
    MethodSpec& needs(const QString& grant)
    {
        permission = grant;
        return *this;
    }
    MethodSpec& publicAccess()
    {
        access = Access::Public;
        return *this;
    }
    MethodSpec& reads()
    {
        readOnly = true;
        return *this;
    }
    MethodSpec& withoutStore()
    {
        usesStore = false;
        readOnly = true;
        return *this;
    }
    MethodSpec& param(const QString& n, ParamType t, bool req = false, const QString& doc = {},
                      int maxLen = 0)
    {
        params.append({n, t, req, doc, maxLen});
        return *this;
    }
    MethodSpec& returns(const QJsonObject& schema)
    {
        result = schema;
        return *this;
    }
    MethodSpec& carries(const QString& entity)
    {
        carried.append(entity);
        return *this;
    }
    MethodSpec& writes(const QString& entity)
    {
        written.append(entity);
        return *this;
    }
    MethodSpec& filters(const QStringList& keys)
    {
        filterKeys = keys;
        return *this;
    }
    /// The method checks control characters in its params itself (see above).
    MethodSpec& checksControlCharactersItself()
    {
        refusesControlCharacters = false;
        return *this;
    }
    MethodSpec& handle(Handler h)
    {
        handler = std::move(h);
        return *this;
    }
};

/// Common parameter sets.
constexpr bool Required = true;
constexpr bool Optional = false;

/// Adds {filter, search, sort, offset, limit} — the list method convention.
MethodSpec& listParams(MethodSpec& spec);

/// JSON Schema snippets for rpc.discover.
QJsonObject schemaObject(const QJsonObject& properties = {});
QJsonObject schemaListOf(const QJsonObject& rowSchema);
QString paramTypeName(ParamType type);

} // namespace Erp::Rpc
