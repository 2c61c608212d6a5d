#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Erp::Client::Admin {

/// One audit record made readable: who did what when, and a field-by-field comparison of the
/// record before and after (changed fields first and highlighted).
class AuditDetail final : public QWidget
{
    Q_OBJECT
public:
    explicit AuditDetail(QWidget* parent = nullptr);

    /// Shows `record` ({at, username, method, entity, entity_id, before, after}); empty clears.
    void showRecord(const QJsonObject& record);
    QTreeWidget* fields() const { return m_fields; }
    QString summary() const;

private:
    QLabel* m_summary;
    QTreeWidget* m_fields;
};

} // namespace Erp::Client::Admin
