#pragma once

#include "app/pages/customers/customertypes.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace Erp::Client::Customers {

/// "This customer may already exist": the existing customers that look like the new one
/// (code, name and why), with Open Existing, Create Anyway and Back to the form.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Choice { BackToForm, OpenExisting, CreateAnyway };

    DuplicatesDialog(const QList<DuplicateHit>& hits, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// The candidate to open (OpenExisting).
    qint64 selectedId() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* createButton() const { return m_create; }

private:
    void choose(Choice choice);

    QList<DuplicateHit> m_hits;
    QTableWidget* m_table;
    QPushButton* m_open;
    QPushButton* m_create;
    Choice m_choice = BackToForm;
};

} // namespace Erp::Client::Customers
