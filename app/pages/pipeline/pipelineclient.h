#pragma once

#include "app/net/apiclient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace Erp::Client::Pipeline {

/// Calls of the sales pipeline (crm.lead.*, crm.opportunity.*, crm.stage.*, crm.activity.*,
/// crm.pipeline.summary). Every handler runs later, and only while `context` is alive.
class PipelineClient final
{
public:
    using Done = std::function<void(const QJsonObject&)>;
    using Fail = ApiClient::ErrorHandler;

    static QString readPermission() { return QStringLiteral("crm.pipeline.read"); }
    static QString writePermission() { return QStringLiteral("crm.pipeline.write"); }

    explicit PipelineClient(ApiClient& api)
        : m_api(api)
    {}
    ApiClient& api() const { return m_api; }
    bool mayWrite() const { return m_api.hasPermission(writePermission()); }

    /// `method` with `params`; the result as an object.
    void call(const QString& method, const QJsonObject& params, QObject* context, Done done,
              Fail fail) const;

    /// A stage's name as the clerk reads it: the translation of a seeded name, else as stored.
    static QString stageName(const QJsonObject& stage);
    /// The same for a lost reason.
    static QString reasonName(const QJsonObject& reason);
    /// "12,000.00" for "12000.00".
    static QString amountText(const QString& decimal);

private:
    ApiClient& m_api;
};

} // namespace Erp::Client::Pipeline
