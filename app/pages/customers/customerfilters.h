#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>

class QComboBox;
class QToolButton;

namespace Erp::Client {
class ListPage;
class RemoteTableModel;
} // namespace Erp::Client

namespace Erp::Client::Customers {

class CustomerClient;

/// The filter bar of the customers list: status (Active by default), kind, tag, owner,
/// province and city. Tag, province and city offer the values seen in the list so far and
/// take any text; the owner list needs admin.user.read, otherwise it offers "Me" only.
class CustomerFilters final : public QObject
{
    Q_OBJECT
public:
    CustomerFilters(CustomerClient& client, ListPage& page);

    /// The crm.customer.list filter of the current choices.
    QJsonObject filter() const;
    /// True when anything but the default (active customers of anyone) is chosen.
    bool isNarrowed() const;
    /// Back to the default choices.
    void clear();
    /// Collects tags, provinces and cities of the rows `model` loads, for the choices.
    void learnFrom(const RemoteTableModel* model);
    void loadOwners();

    QComboBox* status() const { return m_status; }
    QComboBox* kind() const { return m_kind; }
    QComboBox* tag() const { return m_tag; }
    QComboBox* owner() const { return m_owner; }
    QComboBox* province() const { return m_province; }
    QComboBox* city() const { return m_city; }

signals:
    void changed();

private:
    void learnRows(const RemoteTableModel* model, int first, int last);
    void offer(QComboBox* combo, QSet<QString>& seen, const QString& value);
    void emitIfChanged();

    CustomerClient& m_client;
    QComboBox* m_status;
    QComboBox* m_kind;
    QComboBox* m_tag;
    QComboBox* m_owner;
    QComboBox* m_province;
    QComboBox* m_city;
    QToolButton* m_clear;
    QSet<QString> m_tags;
    QSet<QString> m_provinces;
    QSet<QString> m_cities;
    QJsonObject m_last;
};

} // namespace Erp::Client::Customers
