#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Erp::Client::Customers {

/// Which CSV column feeds which customer column of crm.customer.import, guessed from the
/// header in English or Chinese (名称 / 客户名称 -> name, 手机 -> phone, 城市 -> city ...).
class ImportMapping final
{
public:
    /// The import column a header most likely means; empty when none.
    static QString guess(const QString& header);
    /// One guess per header, each import column used at most once (the first header wins).
    static QStringList guessAll(const QStringList& headers);

    /// "¥1,000.50" -> "1000.50"; text that is no amount stays as it is (the server says why).
    static QString cleanAmount(const QString& text);
    /// Flat rows {column: value} for `records` (CSV records) under `mapping` (one import
    /// column or "" per CSV column).
    static QJsonArray rows(const QList<QStringList>& records, const QStringList& mapping);
};

} // namespace Erp::Client::Customers
