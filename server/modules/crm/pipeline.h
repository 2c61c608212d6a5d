#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Rpc {
class FieldErrors;
}

namespace Erp::Server::Crm {

/// A step of the pipeline (crm.stage.*). A seeded stage keeps its builtin key; its name travels
/// with a message id (name_ref) until someone renames it.
struct Stage
{
    qint64 id = 0;
    QString name;
    QString builtinKey;
    int position = 0;
    int probability = 0; ///< default probability of an opportunity entering the stage, percent
    bool isWon = false;
    bool isLost = false;
    bool active = true;
    qint64 version = 1;

    /// open | won | lost: the state of an opportunity standing in this stage.
    QString closingState() const;
};

/// A reason an opportunity or a lead was lost (crm.lost_reason.*).
struct LostReason
{
    qint64 id = 0;
    QString name;
    QString builtinKey;
    int position = 0;
    bool active = true;
    qint64 version = 1;
};

struct Lead
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("company"); ///< company | individual
    QString contactName;
    QString phone;
    QString email;
    QString source;
    QString campaign;
    qint64 ownerId = 0;
    QString ownerName;
    QString region;
    QString notes;
    QString state = QStringLiteral("new"); ///< new | qualified | converted | lost
    qint64 lostReasonId = 0;
    QString lostReason;
    QString lostNote;
    qint64 customerId = 0;
    QString customerName;
    qint64 opportunityId = 0;
    QString opportunityNumber;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

/// A product of interest: what the won order will contain.
struct InterestLine
{
    qint64 productId = 0;
    qint64 qty = 0; ///< thousandths
    QString sku;    ///< read only
    QString productName;
};

struct Opportunity
{
    qint64 id = 0;
    QString number;
    qint64 leadId = 0;
    qint64 customerId = 0;
    QString customerName;
    QString contactName;
    QString title;
    qint64 amount = 0; ///< expected revenue, minor units of `currency`
    QString currency = QStringLiteral("CNY");
    int probability = 0;
    qint64 stageId = 0;
    QString stageName;
    QString stageKey;
    QString state = QStringLiteral("open"); ///< open | won | lost (from the stage)
    QString expectedClose;                  ///< ISO date or empty
    qint64 ownerId = 0;
    QString ownerName;
    qint64 lostReasonId = 0;
    QString lostReason;
    QString lostNote;
    qint64 orderId = 0;
    QString orderNumber;
    QString notes;
    QString stageChangedAt;
    QString closedAt;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
    QList<InterestLine> products;
};

struct Activity
{
    qint64 id = 0;
    QString kind = QStringLiteral("task"); ///< call | meeting | email | task
    QString subject;
    QString dueAt; ///< ISO date-time (UTC)
    qint64 ownerId = 0;
    QString ownerName;
    QString result;
    bool done = false;
    QString doneAt;
    qint64 customerId = 0;
    QString customerName;
    qint64 leadId = 0;
    qint64 opportunityId = 0;
    qint64 orderId = 0;
    QString notes;
    QString createdAt;
    QString updatedAt;
    qint64 version = 1;
};

/// An automation rule (crm.rule.*): lead_created -> assign round robin over `userIds`;
/// stage_changed (to `stageId`, any stage when 0) -> a follow-up activity for the owner.
struct AutomationRule
{
    qint64 id = 0;
    QString name;
    QString event = QStringLiteral("lead_created"); ///< lead_created | stage_changed
    QString action = QStringLiteral("assign");      ///< assign | activity
    qint64 stageId = 0;
    QList<qint64> userIds;
    qint64 lastUserId = 0;
    QString activityKind = QStringLiteral("task");
    QString activitySubject;
    int activityDays = 1;
    bool active = true;
    qint64 version = 1;
};

QJsonObject toJson(const Stage& s);
QJsonObject toJson(const LostReason& r);
QJsonObject toJson(const Lead& l);
QJsonObject toJson(const Opportunity& o);
QJsonObject toJson(const Activity& a);
QJsonObject toJson(const AutomationRule& r);

/// Apply the fields present in `json` (create: onto defaults, update: onto the stored record)
/// and check the record's own rules; problems go to `errors`.
void applyJson(Stage& s, const QJsonObject& json, Rpc::FieldErrors& errors);
void applyJson(LostReason& r, const QJsonObject& json, Rpc::FieldErrors& errors);
void applyJson(Lead& l, const QJsonObject& json, Rpc::FieldErrors& errors);
/// Stage, state, order and lost fields are not editable here (move, win, lose).
void applyJson(Opportunity& o, const QJsonObject& json, Rpc::FieldErrors& errors);
void applyJson(Activity& a, const QJsonObject& json, Rpc::FieldErrors& errors);
void applyJson(AutomationRule& r, const QJsonObject& json, Rpc::FieldErrors& errors);

/// "" for a null string: text columns are NOT NULL.
inline QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// The lead sources a lead may name (web, phone, referral, exhibition, campaign, email, other).
const QStringList& leadSources();
const QStringList& activityKinds();
/// "ab公司 13800" -> lower-cased text searched by the lists.
QString pipelineSearchText(const QStringList& parts);
/// The name of a seeded stage or lost reason as {id: "crm.stage.qualification", args}, or null
/// for a key that is not seeded.
QJsonValue builtinStageRef(const QString& key);
QJsonValue builtinReasonRef(const QString& key);
/// The time a pipeline event happens: now, on the business date (the demo replays its year).
QString pipelineNow();

} // namespace Erp::Server::Crm
