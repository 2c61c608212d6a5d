#pragma once

#include "app/pages/customers/customertypes.h"

#include <QDialog>

class QTableWidget;

namespace Erp::Client::Customers {

/// Someone else saved the customer while the clerk was editing it: their version and the
/// clerk's, field by field (only the fields that differ), with who changed what since the
/// clerk opened it. The clerk takes their version, saves theirs over it, or keeps editing.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Choice { KeepEditing, UseTheirs, SaveMine };

    /// `base` is the version the clerk started from, `mine` what the form holds now.
    ConflictDialog(const Customer& base, const Customer& theirs, const Customer& mine,
                   QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget* table() const { return m_table; }
    /// The fields (protocol names) that differ between theirs and mine.
    QStringList differingFields() const { return m_fields; }

    /// One line per field for comparing ("code" -> "C000123", "contacts" -> "Li Lei …").
    static QString describe(const Customer& c, const QString& field);

private:
    static bool same(const Customer& a, const Customer& b, const QString& field);
    void choose(Choice choice);

    QTableWidget* m_table;
    QStringList m_fields;
    Choice m_choice = KeepEditing;
};

} // namespace Erp::Client::Customers
