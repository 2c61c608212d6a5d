#pragma once

#include "server/modules/crm/pipeline.h"
#include "server/platform/recordrules.h"

#include <QDate>
#include <QHash>

#include <optional>

class QSqlQuery;

namespace Erp::Storage {
class Database;
}

namespace Erp::Server::Crm {

/// The pipeline's configuration (stages, lost reasons, automation rules) and its reports. Report
/// reads take the caller's RowScope of opportunities (`o.owner_id`): totals never include rows
/// the caller could not list.
class PipelineRepository final
{
public:
    explicit PipelineRepository(Storage::Database& db, Platform::RowScope scope = {})
        : m_db(db)
        , m_scope(std::move(scope))
    {}

    /// Every stage by position (inactive ones too when `all`).
    QList<Stage> stages(bool all = true);
    std::optional<Stage> stage(qint64 id);
    void insert(Stage& s);
    bool update(const Stage& s, qint64 expectedVersion);
    /// Opportunities standing in the stage (a stage in use is deactivated, never deleted).
    qint64 opportunitiesInStage(qint64 stageId);

    QList<LostReason> lostReasons(bool all = true);
    std::optional<LostReason> lostReason(qint64 id);
    void insert(LostReason& r);
    bool update(const LostReason& r, qint64 expectedVersion);

    QList<AutomationRule> rules(const QString& event = {});
    std::optional<AutomationRule> rule(qint64 id);
    void insert(AutomationRule& r);
    bool update(const AutomationRule& r, qint64 expectedVersion);
    /// Moves the round-robin cursor (no version change: it is the rule's own bookkeeping).
    void setLastUser(qint64 ruleId, qint64 userId);

    bool userIsActive(qint64 userId);
    qint64 userIdByName(const QString& username);
    QString userName(qint64 userId);

    /// The demo: active customers with their owners (by id) and active products (by id).
    QList<std::pair<qint64, qint64>> demoCustomers(int limit);
    QList<qint64> demoProducts(int limit);

    /// The filters every report shares.
    struct ReportFilter
    {
        qint64 ownerId = 0;
        QDate closeFrom; ///< expected close on or after (invalid: open)
        QDate closeTo;   ///< on or before
        QString currency = QStringLiteral("CNY");
    };
    struct StageSum
    {
        qint64 count = 0;
        qint64 amount = 0;
        qint64 amountTimesProbability = 0; ///< Σ amount × probability (percent)
    };
    /// Per stage id, of the opportunities in `filter.currency`.
    QHash<qint64, StageSum> stageSums(const ReportFilter& filter);
    /// Opportunities the filter matches in another currency (left out of the sums).
    qint64 otherCurrencyCount(const ReportFilter& filter);
    struct ForecastRow
    {
        QString month; ///< yyyy-MM
        qint64 ownerId = 0;
        QString ownerName;
        StageSum sum;
    };
    /// Opportunities not lost with an expected close date, by month and owner.
    QList<ForecastRow> forecast(const ReportFilter& filter);
    struct Closed
    {
        QString state; ///< won | lost
        QString createdAt;
        QString closedAt;
    };
    QList<Closed> closed(const ReportFilter& filter);
    /// The highest position of a stage that is not a lost stage each opportunity ever stood in
    /// (its stage history): the funnel.
    QList<int> reachedPositions(const ReportFilter& filter);

private:
    QString where(const ReportFilter& f) const;
    void bind(QSqlQuery& q, const ReportFilter& f) const;

    Storage::Database& m_db;
    Platform::RowScope m_scope;
};

} // namespace Erp::Server::Crm
