#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace Erp::Client::Hr {

/// The clerk's words for the codes of the hr protocol (employment types, statuses, deduction
/// tiers) and the ID number check's messages, shared by the list, the form and the chart.
class HrText final
{
    Q_DECLARE_TR_FUNCTIONS(Erp::Client::Hr::HrText)
public:
    using Choices = QList<QPair<QString, QString>>; ///< code, text

    static Choices genders();
    static Choices employmentTypes();
    static Choices statuses();
    static Choices education();
    static Choices housing();
    static QString text(const Choices& choices, const QString& code);

    /// Why `number` is no valid ID number (empty when it is valid, or empty).
    static QString idNumberProblem(const QString& number);

    static QString str(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toString();
    }
    static qint64 id(const QJsonObject& o, const char* key)
    {
        return o.value(QLatin1String(key)).toInteger();
    }
};

} // namespace Erp::Client::Hr
