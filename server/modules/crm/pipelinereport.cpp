#include "server/modules/crm/pipelinereport.h"

#include "common/jsonrpc.h"
#include "common/money.h"
#include "server/modules/crm/activityrepository.h"
#include "server/modules/crm/crmevents.h"
#include "server/modules/crm/customerservice.h"
#include "server/modules/crm/opportunityrepository.h"
#include "server/modules/crm/opportunityservice.h"
#include "server/modules/crm/pipelinerepository.h"
#include "server/platform/eventbus.h"
#include "server/rpc/callcontext.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace Erp::Server::Crm {

using Rpc::Error;

namespace {

QDate dateParam(const QJsonObject& params, const char* key)
{
    const QString text = params.value(QLatin1String(key)).toString();
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        throw Error::validation(QString::fromLatin1(key), QStringLiteral("invalid"),
                                QStringLiteral("must be a date such as 2026-11-27"),
                                QStringLiteral("validation.date"));
    return d;
}

PipelineRepository::ReportFilter filterOf(const QJsonObject& params)
{
    PipelineRepository::ReportFilter f;
    f.ownerId = params.value(QLatin1String("owner_id")).toInteger();
    f.closeFrom = dateParam(params, "close_from");
    f.closeTo = dateParam(params, "close_to");
    const QString currency = params.value(QLatin1String("currency")).toString().toUpper();
    if (!currency.isEmpty())
        f.currency = currency;
    return f;
}

QString money(qint64 minor, const QString& currency)
{
    return Money(minor, currency).toString();
}

/// "62.5": a percentage with one decimal, rounded half up.
QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return QStringLiteral("0.0");
    return Decimal(divideRounded(part * 1000, whole, Rounding::HalfUp), 1).toString();
}

QJsonObject sumJson(const PipelineRepository::StageSum& s, const QString& currency)
{
    return QJsonObject{
        {QStringLiteral("count"), s.count},
        {QStringLiteral("amount"), money(s.amount, currency)},
        {QStringLiteral("weighted"),
         money(divideRounded(s.amountTimesProbability, 100, Rounding::HalfUp), currency)}};
}

} // namespace

QJsonObject PipelineReport::summary(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const auto filter = filterOf(params);
    PipelineRepository repo(ctx.db, OpportunityService::visibleTo(ctx));
    const QList<Stage> stages = repo.stages(true);
    const auto sums = repo.stageSums(filter);
    QJsonArray rows;
    PipelineRepository::StageSum total, open;
    for (const Stage& s : stages) {
        const auto sum = sums.value(s.id);
        if (!s.active && sum.count == 0)
            continue;
        QJsonObject row = toJson(s);
        row.remove(QStringLiteral("version"));
        row.insert(QStringLiteral("stage_id"), s.id);
        const QJsonObject figures = sumJson(sum, filter.currency);
        for (auto it = figures.begin(); it != figures.end(); ++it)
            row.insert(it.key(), it.value());
        rows.append(row);
        for (auto* t : {&total, &open}) {
            if (t == &open && (s.isWon || s.isLost))
                continue;
            t->count += sum.count;
            t->amount += sum.amount;
            t->amountTimesProbability += sum.amountTimesProbability;
        }
    }
    // Win rate and cycle time of the closed ones, in days from creation to closing.
    qint64 won = 0, lost = 0, wonDays10 = 0;
    for (const auto& c : repo.closed(filter)) {
        if (c.state == QLatin1String("won")) {
            ++won;
            const qint64 secs = QDateTime::fromString(c.createdAt, Qt::ISODateWithMs)
                                    .secsTo(QDateTime::fromString(c.closedAt, Qt::ISODateWithMs));
            wonDays10 += divideRounded(secs * 10, 86400, Rounding::HalfUp);
        } else {
            ++lost;
        }
    }
    // Funnel: how many ever reached each stage (not lost), and how many of those went on.
    const QList<int> reached = repo.reachedPositions(filter);
    QJsonArray funnel;
    QList<const Stage*> steps;
    for (const Stage& s : stages)
        if (s.active && !s.isLost)
            steps.append(&s);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto count = [&reached](int position) {
            return qint64(std::count_if(reached.begin(), reached.end(),
                                        [position](int p) { return p >= position; }));
        };
        const qint64 here = count(steps.at(i)->position);
        QJsonObject step{{QStringLiteral("stage_id"), steps.at(i)->id},
                         {QStringLiteral("name"), steps.at(i)->name},
                         {QStringLiteral("reached"), here}};
        if (!builtinStageRef(steps.at(i)->builtinKey).isNull())
            step.insert(QStringLiteral("name_ref"), builtinStageRef(steps.at(i)->builtinKey));
        if (i + 1 < steps.size())
            step.insert(QStringLiteral("conversion_pct"),
                        percent(count(steps.at(i + 1)->position), here));
        funnel.append(step);
    }
    return QJsonObject{{QStringLiteral("currency"), filter.currency},
                       {QStringLiteral("stages"), rows},
                       {QStringLiteral("total"), sumJson(total, filter.currency)},
                       {QStringLiteral("open"), sumJson(open, filter.currency)},
                       {QStringLiteral("other_currency_count"), repo.otherCurrencyCount(filter)},
                       {QStringLiteral("won"), won},
                       {QStringLiteral("lost"), lost},
                       {QStringLiteral("win_rate_pct"), percent(won, won + lost)},
                       {QStringLiteral("avg_cycle_days"),
                        won > 0
                            ? Decimal(divideRounded(wonDays10, won, Rounding::HalfUp), 1).toString()
                            : QStringLiteral("0.0")},
                       {QStringLiteral("funnel"), funnel}};
}

QJsonObject PipelineReport::forecast(Rpc::CallContext& ctx, const QJsonObject& params)
{
    const auto filter = filterOf(params);
    PipelineRepository repo(ctx.db, OpportunityService::visibleTo(ctx));
    QJsonArray rows;
    QMap<QString, PipelineRepository::StageSum> months;
    PipelineRepository::StageSum total;
    for (const auto& r : repo.forecast(filter)) {
        QJsonObject row = sumJson(r.sum, filter.currency);
        row.insert(QStringLiteral("month"), r.month);
        row.insert(QStringLiteral("owner_id"),
                   r.ownerId > 0 ? QJsonValue(r.ownerId) : QJsonValue());
        row.insert(QStringLiteral("owner_name"), r.ownerName);
        rows.append(row);
        for (auto* t : {&months[r.month], &total}) {
            t->count += r.sum.count;
            t->amount += r.sum.amount;
            t->amountTimesProbability += r.sum.amountTimesProbability;
        }
    }
    QJsonArray byMonth;
    for (auto it = months.cbegin(); it != months.cend(); ++it) {
        QJsonObject m = sumJson(it.value(), filter.currency);
        m.insert(QStringLiteral("month"), it.key());
        byMonth.append(m);
    }
    return QJsonObject{{QStringLiteral("currency"), filter.currency},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("months"), byMonth},
                       {QStringLiteral("total"), sumJson(total, filter.currency)}};
}

QJsonObject PipelineReport::timeline(Rpc::CallContext& ctx, qint64 customerId, int offset,
                                     int limit)
{
    m_customers.get(ctx, customerId); // -32004 for a customer the caller cannot see
    limit = std::clamp(limit <= 0 ? 50 : limit, 1, 500);
    offset = std::clamp(offset, 0, 10000);
    const int needed = offset + limit;
    Events::TimelineQuery query;
    query.customerId = customerId;
    query.limit = needed;
    m_events.ask(ctx, query);

    qint64 total = query.total;
    QList<Events::TimelineQuery::Entry> entries = query.entries;
    qint64 count = 0;
    for (const Opportunity& o : OpportunityRepository(ctx.db, OpportunityService::visibleTo(ctx))
                                    .ofCustomer(customerId, needed, &count)) {
        Events::TimelineQuery::Entry e;
        e.at = o.createdAt;
        e.kind = QStringLiteral("opportunity");
        e.entity = QStringLiteral("crm.opportunity");
        e.id = o.id;
        e.number = o.number + QStringLiteral(" ") + o.title;
        e.amount = o.amount;
        e.currency = o.currency;
        e.state = o.state;
        entries.append(e);
    }
    total += count;
    for (const Activity& a : ActivityRepository(ctx.db).ofCustomer(customerId, needed, &count)) {
        Events::TimelineQuery::Entry e;
        e.at = a.dueAt;
        e.kind = a.kind; // call | meeting | email | task
        e.entity = QStringLiteral("crm.activity");
        e.id = a.id;
        e.number = a.subject;
        e.state = a.done ? QStringLiteral("done") : QStringLiteral("open");
        entries.append(e);
    }
    total += count;
    // Newest first; a date without a time sorts after the times of its day.
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.entity != b.entity)
            return a.entity < b.entity;
        return a.id > b.id;
    });
    QJsonArray rows;
    for (qsizetype i = offset; i < entries.size() && i < needed; ++i) {
        const auto& e = entries.at(i);
        rows.append(QJsonObject{
            {QStringLiteral("at"), e.at},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("entity"), e.entity},
            {QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.number},
            {QStringLiteral("amount"),
             e.currency.isEmpty() ? QJsonValue() : QJsonValue(money(e.amount, e.currency))},
            {QStringLiteral("currency"), e.currency},
            {QStringLiteral("state"), e.state}});
    }
    return QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("total"), total}};
}

} // namespace Erp::Server::Crm
