#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Erp::Client::Finance {

/// The lines of the voucher form: summary, account, debit and credit as the clerk typed them
/// (amounts kept as exact decimal strings, totals in minor units — never floating point), the
/// balancing amount offered on a new line, and the server's errors per cell.
class VoucherLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Col { DescriptionCol, AccountCol, DebitCol, CreditCol, ColumnCount };
    enum Role { AccountIdRole = Qt::UserRole + 1 };
    enum class Side { Debit, Credit };

    struct Line
    {
        qint64 accountId = 0;
        QString accountCode; ///< or the text typed while the account is looked up
        QString accountName;
        QString accountNameEn;
        QString description;
        QString debit; ///< wire form ("1234.50") or the text typed when it is not an amount
        QString credit;
        /// The amount was offered (the balance), not typed: a line with nothing else is empty.
        bool autoAmount = false;
        bool isEmpty() const;
    };
    struct Totals
    {
        qint64 debit = 0;
        qint64 credit = 0;
        int invalidLines = 0; ///< lines left out: no account yet, or an amount that is not one
        qint64 difference() const { return debit - credit; }
    };

    explicit VoucherLinesModel(QObject* parent = nullptr);

    /// The lines of an entry (`finance.entry.get`); `names` gives name_en by account id.
    void setLines(const QJsonArray& lines, const QHash<qint64, QString>& namesEn = {});
    const QList<Line>& lines() const { return m_lines; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    /// The summary a first line starts with (the entry's description).
    void setDefaultDescription(const QString& text) { m_defaultDescription = text; }

    /// Appends a line that repeats the summary above it and offers the amount that balances
    /// the entry on the side that needs it; returns its row.
    int addLine();
    void removeLine(int row);
    void setAccount(int row, const QJsonObject& account);
    void setAccountText(int row, const QString& text);

    /// Totals of the lines that will be sent.
    Totals totals() const;
    /// The amount on `side` of `row` that makes the entry balance (given every other amount);
    /// empty when that side cannot balance it (it would have to be zero or negative).
    std::optional<qint64> balancingAmount(int row, Side side) const;
    /// Puts the balancing amount on `row`, on the side that needs it; false when balanced.
    bool fillBalance(int row);
    /// Offers the balance again on a line whose amount was offered, not typed (the other
    /// lines may have changed since).
    void offerBalance(int row);
    /// A wire amount of `row`'s side in minor units (empty when blank or not an amount).
    std::optional<qint64> amount(int row, Side side) const;

    /// `lines` as create/update take them; remembers which row each record came from.
    QJsonArray records() const;
    int rowOfRecord(int record) const;
    static int columnOfField(const QString& field);
    void setCellError(int record, const QString& field, const QString& text);
    void setRowError(int row, int column, const QString& text);
    QString cellError(int row, int column) const;
    void clearErrors();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void totalsChanged();
    /// The clerk typed `text` in the account cell of `row` without picking an account.
    void accountTextEntered(int row, const QString& text);
    /// Any change by the user.
    void edited();

private:
    void changed(int row);
    QString display(int row, int column) const;
    QString accountLabel(const Line& line) const;

    QList<Line> m_lines;
    QHash<QPair<int, int>, QString> m_errors;
    mutable QList<int> m_recordRows;
    QString m_defaultDescription;
    bool m_editable = true;
};

} // namespace Erp::Client::Finance
