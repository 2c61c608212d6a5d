#pragma once

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace Erp::Client {

/// A small list of records edited in place inside a form (a customer's contacts or
/// addresses): text cells, choice cells and check boxes, rows added and removed with buttons,
/// and the server's errors for nested fields (`contacts[1].phone`) shown at the cell — tinted
/// red with the text as tooltip — and listed under the table.
class RecordTable final : public QWidget
{
    Q_OBJECT
public:
    struct Column
    {
        enum class Kind { Text, Check, Choice };
        QString key;
        QString title;
        Kind kind = Kind::Text;
        QList<QPair<QString, QString>> choices; ///< Choice: (value, shown text)
        /// Check: at most one row is checked — among the rows with the same value in the
        /// Choice column named by exclusiveWithin, or in the whole table when that is empty.
        bool exclusive = false;
        QString exclusiveWithin;
        int width = 0;        ///< 0: share the rest
        QString defaultValue; ///< Text: the value of a new row (a row holding only defaults
                              ///< counts as empty)

        Column(QString k, QString t, Kind kd = Kind::Text)
            : key(std::move(k))
            , title(std::move(t))
            , kind(kd)
        {}
        Column& withChoices(QList<QPair<QString, QString>> c)
        {
            choices = std::move(c);
            return *this;
        }
        Column& exclusiveIn(QString groupColumn = {})
        {
            exclusive = true;
            exclusiveWithin = std::move(groupColumn);
            return *this;
        }
        Column& withWidth(int w)
        {
            width = w;
            return *this;
        }
        Column& withDefault(QString value)
        {
            defaultValue = std::move(value);
            return *this;
        }
    };

    /// `rowLabel` names a row in error texts, e.g. "Contact %1" (1-based).
    RecordTable(QList<Column> columns, QString rowLabel, QWidget* parent = nullptr);
    ~RecordTable() override;

    void setRecords(const QJsonArray& records);
    /// The rows that are not completely empty, each with its "id" when it was loaded with
    /// one. Error rows passed to showCellError() count these records, not the table's rows.
    QJsonArray records() const;
    int rowCount() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    void setReadOnly(bool readOnly);

    /// Appends a row (check columns of an exclusive kind get checked when it is the first)
    /// and starts editing its first text cell.
    void addRecord();
    void removeSelected();
    /// Sets the text of a cell of the table row `row` (tests and pre-filling).
    void setCell(int row, const QString& key, const QString& value);
    QString cell(int row, const QString& key) const;

    /// `record` counts the records() sent (not table rows).
    void showCellError(int record, const QString& key, const QString& text);
    /// A problem of the whole list (e.g. "only one contact can be the primary one").
    void showError(const QString& text);
    void clearErrors();
    bool hasErrors() const;
    QString cellError(int record, const QString& key) const;
    /// The texts listed under the table.
    QString errorText() const;

signals:
    /// The user changed a value, added or removed a row.
    void edited();

private:
    int columnOf(const QString& key) const;
    void setupRow(int row, const QJsonObject& record);
    void itemChanged(QTableWidgetItem* item);
    void choiceChanged(int row);
    void enforceExclusive(int row, int column);
    bool rowIsEmpty(int row) const;
    QString choiceValue(int row, int column) const;
    void updateErrorLabel();
    void updateButtons();
    void setItemError(int row, int column, const QString& text);

    QList<Column> m_columns;
    QString m_rowLabel;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_errors;
    /// table row of each record sent by the last records() call
    mutable QList<int> m_recordRows;
    QHash<QPair<int, int>, QString> m_cellErrors; ///< (table row, column) -> text
    QString m_tableError;
    bool m_updating = false;
    bool m_readOnly = false;
};

} // namespace Erp::Client
