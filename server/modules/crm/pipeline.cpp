#include "server/modules/crm/pipeline.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/crm/customer.h"
#include "server/platform/businessdate.h"
#include "server/rpc/errors.h"
#include "server/storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

namespace Erp::Server::Crm {

namespace {

using Rpc::FieldErrors;

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

/// A string field: present and text (else a field error), at most `max` characters.
bool readText(const QJsonObject& json, const char* key, QString& target, FieldErrors& errors,
              int max, bool required = false)
{
    const QString field = QString::fromLatin1(key);
    if (!json.contains(field))
        return false;
    const QJsonValue v = json.value(field);
    if (!v.isString() && !v.isNull()) {
        errors.add(field, QStringLiteral("invalid"), QStringLiteral("must be text"),
                   QStringLiteral("validation.text"));
        return false;
    }
    target = v.toString().trimmed();
    if (required && target.isEmpty())
        errors.add(field, QStringLiteral("required"), QStringLiteral("is required"),
                   QStringLiteral("validation.required"));
    if (target.size() > max)
        errors.add(field, QStringLiteral("too_long"),
                   QStringLiteral("must be at most %1 characters").arg(max),
                   QStringLiteral("validation.too_long"),
                   QJsonObject{{QStringLiteral("max"), max}});
    return true;
}

void readId(const QJsonObject& json, const char* key, qint64& target, FieldErrors& errors)
{
    const QString field = QString::fromLatin1(key);
    if (!json.contains(field))
        return;
    const QJsonValue v = json.value(field);
    if (v.isNull()) {
        target = 0;
        return;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != double(qint64(d)))
        errors.add(field, QStringLiteral("invalid"), QStringLiteral("must be a record id"),
                   QStringLiteral("validation.record_id"));
    else
        target = qint64(d);
}

void readInt(const QJsonObject& json, const char* key, int& target, int min, int max,
             FieldErrors& errors)
{
    const QString field = QString::fromLatin1(key);
    if (!json.contains(field))
        return;
    const QJsonValue v = json.value(field);
    const double d = v.toDouble(-1e9);
    if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max)
        errors.add(field, QStringLiteral("range"),
                   QStringLiteral("must be between %1 and %2").arg(min).arg(max),
                   QStringLiteral("validation.range"),
                   QJsonObject{{QStringLiteral("min"), min}, {QStringLiteral("max"), max}});
    else
        target = int(d);
}

void readBool(const QJsonObject& json, const char* key, bool& target, FieldErrors& errors)
{
    const QString field = QString::fromLatin1(key);
    if (!json.contains(field))
        return;
    if (!json.value(field).isBool())
        errors.add(field, QStringLiteral("invalid"), QStringLiteral("must be true or false"),
                   QStringLiteral("validation.boolean"));
    else
        target = json.value(field).toBool();
}

void oneOf(const QString& field, const QString& value, const QStringList& values,
           FieldErrors& errors)
{
    if (!values.contains(value))
        errors.add(field, QStringLiteral("invalid"),
                   QStringLiteral("must be one of %1").arg(values.join(QStringLiteral(", "))),
                   QStringLiteral("validation.one_of"),
                   QJsonObject{{QStringLiteral("values"), values.join(QStringLiteral(", "))}});
}

QString qtyText(qint64 thousandths)
{
    return Decimal(thousandths, 3).toString();
}

} // namespace

QString Stage::closingState() const
{
    return isWon ? QStringLiteral("won") : isLost ? QStringLiteral("lost") : QStringLiteral("open");
}

const QStringList& leadSources()
{
    static const QStringList sources{QStringLiteral("web"),      QStringLiteral("phone"),
                                     QStringLiteral("referral"), QStringLiteral("exhibition"),
                                     QStringLiteral("campaign"), QStringLiteral("email"),
                                     QStringLiteral("other")};
    return sources;
}

const QStringList& activityKinds()
{
    static const QStringList kinds{QStringLiteral("call"), QStringLiteral("meeting"),
                                   QStringLiteral("email"), QStringLiteral("task")};
    return kinds;
}

QString pipelineSearchText(const QStringList& parts)
{
    QStringList kept;
    for (const QString& p : parts)
        if (!p.isEmpty())
            kept.append(p.toLower());
    return kept.join(QLatin1Char(' '));
}

QJsonValue builtinStageRef(const QString& key)
{
    // One literal per seeded stage: the message ids the client translates.
    static const QHash<QString, QJsonObject> refs{
        {QStringLiteral("qualification"), Rpc::message(QStringLiteral("crm.stage.qualification"))},
        {QStringLiteral("needs_analysis"),
         Rpc::message(QStringLiteral("crm.stage.needs_analysis"))},
        {QStringLiteral("proposal"), Rpc::message(QStringLiteral("crm.stage.proposal"))},
        {QStringLiteral("negotiation"), Rpc::message(QStringLiteral("crm.stage.negotiation"))},
        {QStringLiteral("won"), Rpc::message(QStringLiteral("crm.stage.won"))},
        {QStringLiteral("lost"), Rpc::message(QStringLiteral("crm.stage.lost"))}};
    const auto it = refs.constFind(key);
    return it == refs.constEnd() ? QJsonValue() : QJsonValue(*it);
}

QJsonValue builtinReasonRef(const QString& key)
{
    static const QHash<QString, QJsonObject> refs{
        {QStringLiteral("price"), Rpc::message(QStringLiteral("crm.lost_reason.price"))},
        {QStringLiteral("competitor"), Rpc::message(QStringLiteral("crm.lost_reason.competitor"))},
        {QStringLiteral("no_budget"), Rpc::message(QStringLiteral("crm.lost_reason.no_budget"))},
        {QStringLiteral("no_decision"),
         Rpc::message(QStringLiteral("crm.lost_reason.no_decision"))},
        {QStringLiteral("timing"), Rpc::message(QStringLiteral("crm.lost_reason.timing"))},
        {QStringLiteral("other"), Rpc::message(QStringLiteral("crm.lost_reason.other"))}};
    const auto it = refs.constFind(key);
    return it == refs.constEnd() ? QJsonValue() : QJsonValue(*it);
}

QString pipelineNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate day = Platform::businessDate();
    if (day == now.date())
        return Storage::nowText();
    return QDateTime(day, now.time(), Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject toJson(const Stage& s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("builtin_key"), s.builtinKey},
                  {QStringLiteral("position"), s.position},
                  {QStringLiteral("probability"), s.probability},
                  {QStringLiteral("is_won"), s.isWon},
                  {QStringLiteral("is_lost"), s.isLost},
                  {QStringLiteral("active"), s.active},
                  {QStringLiteral("version"), s.version}};
    if (!builtinStageRef(s.builtinKey).isNull())
        o.insert(QStringLiteral("name_ref"), builtinStageRef(s.builtinKey));
    return o;
}

QJsonObject toJson(const LostReason& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("builtin_key"), r.builtinKey},
                  {QStringLiteral("position"), r.position},
                  {QStringLiteral("active"), r.active},
                  {QStringLiteral("version"), r.version}};
    if (!builtinReasonRef(r.builtinKey).isNull())
        o.insert(QStringLiteral("name_ref"), builtinReasonRef(r.builtinKey));
    return o;
}

QJsonObject toJson(const Lead& l)
{
    return QJsonObject{{QStringLiteral("id"), l.id},
                       {QStringLiteral("name"), l.name},
                       {QStringLiteral("kind"), l.kind},
                       {QStringLiteral("contact_name"), l.contactName},
                       {QStringLiteral("phone"), l.phone},
                       {QStringLiteral("email"), l.email},
                       {QStringLiteral("source"), l.source},
                       {QStringLiteral("campaign"), l.campaign},
                       {QStringLiteral("owner_id"), idOrNull(l.ownerId)},
                       {QStringLiteral("owner_name"), l.ownerName},
                       {QStringLiteral("region"), l.region},
                       {QStringLiteral("notes"), l.notes},
                       {QStringLiteral("state"), l.state},
                       {QStringLiteral("lost_reason_id"), idOrNull(l.lostReasonId)},
                       {QStringLiteral("lost_reason"), l.lostReason},
                       {QStringLiteral("lost_note"), l.lostNote},
                       {QStringLiteral("customer_id"), idOrNull(l.customerId)},
                       {QStringLiteral("customer_name"), l.customerName},
                       {QStringLiteral("opportunity_id"), idOrNull(l.opportunityId)},
                       {QStringLiteral("opportunity_number"), l.opportunityNumber},
                       {QStringLiteral("created_at"), l.createdAt},
                       {QStringLiteral("updated_at"), l.updatedAt},
                       {QStringLiteral("version"), l.version}};
}

QJsonObject toJson(const Opportunity& o)
{
    QJsonArray products;
    for (const InterestLine& p : o.products)
        products.append(QJsonObject{{QStringLiteral("product_id"), p.productId},
                                    {QStringLiteral("qty"), qtyText(p.qty)},
                                    {QStringLiteral("sku"), p.sku},
                                    {QStringLiteral("name"), p.productName}});
    const qint64 weighted = divideRounded(o.amount * o.probability, 100, Rounding::HalfUp);
    QJsonObject out{{QStringLiteral("id"), o.id},
                    {QStringLiteral("number"), o.number},
                    {QStringLiteral("lead_id"), idOrNull(o.leadId)},
                    {QStringLiteral("customer_id"), idOrNull(o.customerId)},
                    {QStringLiteral("customer_name"), o.customerName},
                    {QStringLiteral("contact_name"), o.contactName},
                    {QStringLiteral("title"), o.title},
                    {QStringLiteral("amount"), Money(o.amount, o.currency).toString()},
                    {QStringLiteral("weighted_amount"), Money(weighted, o.currency).toString()},
                    {QStringLiteral("currency"), o.currency},
                    {QStringLiteral("probability"), o.probability},
                    {QStringLiteral("stage_id"), o.stageId},
                    {QStringLiteral("stage_name"), o.stageName},
                    {QStringLiteral("state"), o.state},
                    {QStringLiteral("expected_close"), textOrNull(o.expectedClose)},
                    {QStringLiteral("owner_id"), idOrNull(o.ownerId)},
                    {QStringLiteral("owner_name"), o.ownerName},
                    {QStringLiteral("lost_reason_id"), idOrNull(o.lostReasonId)},
                    {QStringLiteral("lost_reason"), o.lostReason},
                    {QStringLiteral("lost_note"), o.lostNote},
                    {QStringLiteral("order_id"), idOrNull(o.orderId)},
                    {QStringLiteral("order_number"), o.orderNumber},
                    {QStringLiteral("notes"), o.notes},
                    {QStringLiteral("stage_changed_at"), o.stageChangedAt},
                    {QStringLiteral("closed_at"), textOrNull(o.closedAt)},
                    {QStringLiteral("created_at"), o.createdAt},
                    {QStringLiteral("updated_at"), o.updatedAt},
                    {QStringLiteral("version"), o.version},
                    {QStringLiteral("products"), products}};
    if (!builtinStageRef(o.stageKey).isNull())
        out.insert(QStringLiteral("stage_ref"), builtinStageRef(o.stageKey));
    return out;
}

QJsonObject toJson(const Activity& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("kind"), a.kind},
                       {QStringLiteral("subject"), a.subject},
                       {QStringLiteral("due_at"), a.dueAt},
                       {QStringLiteral("owner_id"), idOrNull(a.ownerId)},
                       {QStringLiteral("owner_name"), a.ownerName},
                       {QStringLiteral("result"), a.result},
                       {QStringLiteral("done"), a.done},
                       {QStringLiteral("done_at"), textOrNull(a.doneAt)},
                       {QStringLiteral("customer_id"), idOrNull(a.customerId)},
                       {QStringLiteral("customer_name"), a.customerName},
                       {QStringLiteral("lead_id"), idOrNull(a.leadId)},
                       {QStringLiteral("opportunity_id"), idOrNull(a.opportunityId)},
                       {QStringLiteral("order_id"), idOrNull(a.orderId)},
                       {QStringLiteral("notes"), a.notes},
                       {QStringLiteral("created_at"), a.createdAt},
                       {QStringLiteral("updated_at"), a.updatedAt},
                       {QStringLiteral("version"), a.version}};
}

QJsonObject toJson(const AutomationRule& r)
{
    QJsonArray users;
    for (qint64 id : r.userIds)
        users.append(id);
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("event"), r.event},
                       {QStringLiteral("action"), r.action},
                       {QStringLiteral("stage_id"), idOrNull(r.stageId)},
                       {QStringLiteral("user_ids"), users},
                       {QStringLiteral("last_user_id"), idOrNull(r.lastUserId)},
                       {QStringLiteral("activity_kind"), r.activityKind},
                       {QStringLiteral("activity_subject"), r.activitySubject},
                       {QStringLiteral("activity_days"), r.activityDays},
                       {QStringLiteral("active"), r.active},
                       {QStringLiteral("version"), r.version}};
}

void applyJson(Stage& s, const QJsonObject& json, FieldErrors& errors)
{
    QString name = s.name;
    if (readText(json, "name", name, errors, 100, true) && name != s.name) {
        s.name = name;
        s.builtinKey.clear(); // renamed: the clerk's own words from now on
    }
    if (s.name.isEmpty() && !json.contains(QLatin1String("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    readInt(json, "position", s.position, 0, 1000, errors);
    readInt(json, "probability", s.probability, 0, 100, errors);
    readBool(json, "is_won", s.isWon, errors);
    readBool(json, "is_lost", s.isLost, errors);
    readBool(json, "active", s.active, errors);
    if (s.isWon && s.isLost)
        errors.add(QStringLiteral("is_lost"), QStringLiteral("invalid"),
                   QStringLiteral("a stage cannot be both won and lost"),
                   QStringLiteral("crm.stage.won_and_lost"));
}

void applyJson(LostReason& r, const QJsonObject& json, FieldErrors& errors)
{
    QString name = r.name;
    if (readText(json, "name", name, errors, 100, true) && name != r.name) {
        r.name = name;
        r.builtinKey.clear();
    }
    if (r.name.isEmpty() && !json.contains(QLatin1String("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    readInt(json, "position", r.position, 0, 1000, errors);
    readBool(json, "active", r.active, errors);
}

void applyJson(Lead& l, const QJsonObject& json, FieldErrors& errors)
{
    readText(json, "name", l.name, errors, 200, true);
    if (l.name.isEmpty() && !json.contains(QLatin1String("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    if (readText(json, "kind", l.kind, errors, 20))
        oneOf(QStringLiteral("kind"), l.kind,
              {QStringLiteral("company"), QStringLiteral("individual")}, errors);
    readText(json, "contact_name", l.contactName, errors, 100);
    if (readText(json, "phone", l.phone, errors, 40) && !l.phone.isEmpty() &&
        !isValidPhone(l.phone))
        errors.add(QStringLiteral("phone"), QStringLiteral("invalid"),
                   QStringLiteral("is not a valid phone number"),
                   QStringLiteral("validation.phone"));
    if (readText(json, "email", l.email, errors, 200)) {
        l.email = l.email.toLower();
        if (!l.email.isEmpty() && !isValidEmail(l.email))
            errors.add(QStringLiteral("email"), QStringLiteral("invalid"),
                       QStringLiteral("is not a valid e-mail address"),
                       QStringLiteral("validation.email"));
    }
    if (readText(json, "source", l.source, errors, 40) && !l.source.isEmpty())
        oneOf(QStringLiteral("source"), l.source, leadSources(), errors);
    readText(json, "campaign", l.campaign, errors, 200);
    readId(json, "owner_id", l.ownerId, errors);
    readText(json, "region", l.region, errors, 100);
    readText(json, "notes", l.notes, errors, 4000);
}

void applyJson(Opportunity& o, const QJsonObject& json, FieldErrors& errors)
{
    readText(json, "title", o.title, errors, 200, true);
    if (o.title.isEmpty() && !json.contains(QLatin1String("title")))
        errors.add(QStringLiteral("title"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    readId(json, "customer_id", o.customerId, errors);
    readText(json, "contact_name", o.contactName, errors, 100);
    if (readText(json, "currency", o.currency, errors, 3)) {
        o.currency = o.currency.toUpper();
        static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
        if (!iso.match(o.currency).hasMatch())
            errors.add(QStringLiteral("currency"), QStringLiteral("invalid"),
                       QStringLiteral("must be a three-letter currency code such as CNY"),
                       QStringLiteral("validation.currency"));
    }
    if (json.contains(QLatin1String("amount"))) {
        const auto m = Money::parse(json.value(QLatin1String("amount")).toString());
        if (!m || m->isNegative())
            errors.add(QStringLiteral("amount"), QStringLiteral("invalid"),
                       QStringLiteral("must be an amount such as 50000.00"),
                       QStringLiteral("validation.amount"));
        else
            o.amount = m->minorUnits();
    }
    readInt(json, "probability", o.probability, 0, 100, errors);
    if (readText(json, "expected_close", o.expectedClose, errors, 10) &&
        !o.expectedClose.isEmpty() && !QDate::fromString(o.expectedClose, Qt::ISODate).isValid())
        errors.add(QStringLiteral("expected_close"), QStringLiteral("invalid"),
                   QStringLiteral("must be a date such as 2026-11-27"),
                   QStringLiteral("validation.date"));
    readId(json, "owner_id", o.ownerId, errors);
    readText(json, "notes", o.notes, errors, 4000);
    if (!json.contains(QLatin1String("products")))
        return;
    const QJsonValue list = json.value(QLatin1String("products"));
    if (!list.isArray()) {
        errors.add(QStringLiteral("products"), QStringLiteral("invalid"),
                   QStringLiteral("must be a list"), QStringLiteral("validation.list"));
        return;
    }
    if (list.toArray().size() > 200) {
        errors.add(QStringLiteral("products"), QStringLiteral("too_many"),
                   QStringLiteral("at most 200 lines"), QStringLiteral("validation.too_many_lines"),
                   QJsonObject{{QStringLiteral("max"), 200}});
        return;
    }
    o.products.clear();
    int i = 0;
    for (const QJsonValue& v : list.toArray()) {
        const QString prefix = QStringLiteral("products[%1].").arg(i++);
        const QJsonObject in = v.toObject();
        InterestLine line;
        const double pid = in.value(QLatin1String("product_id")).toDouble(-1);
        if (pid < 1 || pid != double(qint64(pid)))
            errors.add(prefix + QStringLiteral("product_id"), QStringLiteral("invalid"),
                       QStringLiteral("must be a record id"),
                       QStringLiteral("validation.record_id"));
        line.productId = qint64(pid);
        const QJsonValue qv = in.value(QLatin1String("qty"));
        const auto qty =
            Decimal::parse(qv.isDouble() ? QString::number(qv.toDouble()) : qv.toString(), 3);
        if (!qty || qty->units() <= 0)
            errors.add(prefix + QStringLiteral("qty"), QStringLiteral("invalid"),
                       QStringLiteral("must be more than zero"),
                       QStringLiteral("validation.positive"));
        else
            line.qty = qty->units();
        o.products.append(line);
    }
}

void applyJson(Activity& a, const QJsonObject& json, FieldErrors& errors)
{
    if (readText(json, "kind", a.kind, errors, 20))
        oneOf(QStringLiteral("kind"), a.kind, activityKinds(), errors);
    readText(json, "subject", a.subject, errors, 200, true);
    if (a.subject.isEmpty() && !json.contains(QLatin1String("subject")))
        errors.add(QStringLiteral("subject"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    if (readText(json, "due_at", a.dueAt, errors, 40)) {
        QDateTime due = QDateTime::fromString(a.dueAt, Qt::ISODate);
        if (!due.isValid()) {
            const QDate day = QDate::fromString(a.dueAt, Qt::ISODate);
            if (day.isValid())
                due = QDateTime(day, QTime(9, 0), Qt::UTC);
        }
        if (!due.isValid())
            errors.add(QStringLiteral("due_at"), QStringLiteral("invalid"),
                       QStringLiteral("must be a date and time such as 2026-11-27T09:30:00Z"),
                       QStringLiteral("crm.activity.due_at"));
        else
            a.dueAt = due.toUTC().toString(Qt::ISODate);
    }
    readId(json, "owner_id", a.ownerId, errors);
    readText(json, "result", a.result, errors, 4000);
    readBool(json, "done", a.done, errors);
    readId(json, "customer_id", a.customerId, errors);
    readId(json, "lead_id", a.leadId, errors);
    readId(json, "opportunity_id", a.opportunityId, errors);
    readId(json, "order_id", a.orderId, errors);
    readText(json, "notes", a.notes, errors, 4000);
}

void applyJson(AutomationRule& r, const QJsonObject& json, FieldErrors& errors)
{
    readText(json, "name", r.name, errors, 100, true);
    if (r.name.isEmpty() && !json.contains(QLatin1String("name")))
        errors.add(QStringLiteral("name"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
    if (readText(json, "event", r.event, errors, 20))
        oneOf(QStringLiteral("event"), r.event,
              {QStringLiteral("lead_created"), QStringLiteral("stage_changed")}, errors);
    if (readText(json, "action", r.action, errors, 20))
        oneOf(QStringLiteral("action"), r.action,
              {QStringLiteral("assign"), QStringLiteral("activity")}, errors);
    readId(json, "stage_id", r.stageId, errors);
    if (json.contains(QLatin1String("user_ids"))) {
        r.userIds.clear();
        for (const QJsonValue& v : json.value(QLatin1String("user_ids")).toArray())
            if (v.toInteger() > 0)
                r.userIds.append(v.toInteger());
    }
    if (readText(json, "activity_kind", r.activityKind, errors, 20))
        oneOf(QStringLiteral("activity_kind"), r.activityKind, activityKinds(), errors);
    readText(json, "activity_subject", r.activitySubject, errors, 200);
    readInt(json, "activity_days", r.activityDays, 0, 365, errors);
    readBool(json, "active", r.active, errors);
    // Which action fits which event: a new lead is assigned, a stage change gets an activity.
    if ((r.event == QLatin1String("lead_created")) != (r.action == QLatin1String("assign")))
        errors.add(QStringLiteral("action"), QStringLiteral("invalid"),
                   QStringLiteral("a new lead is assigned; a stage change creates an activity"),
                   QStringLiteral("crm.rule.action_event"));
    if (r.action == QLatin1String("activity") && r.activitySubject.isEmpty())
        errors.add(QStringLiteral("activity_subject"), QStringLiteral("required"),
                   QStringLiteral("is required"), QStringLiteral("validation.required"));
}

} // namespace Erp::Server::Crm
