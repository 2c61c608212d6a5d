#include "app/pages/finance/voucherlinesmodel.h"

#include "app/pages/finance/financetext.h"
#include "app/widgets/moneyedit.h"
#include "app/widgets/theme.h"
#include "common/money.h"

#include <QBrush>
#include <QFont>

namespace Erp::Client::Finance {

namespace {
using T = FinanceText;

/// What the clerk typed in an amount cell, in the wire form when it is an amount.
QString wireOf(const QString& typed)
{
    const QString parsed = MoneyEdit::parse(typed, true);
    return parsed.isNull() ? typed.trimmed() : parsed;
}

bool blank(const QString& amount)
{
    return amount.trimmed().isEmpty();
}
} // namespace

bool VoucherLinesModel::Line::isEmpty() const
{
    return accountId == 0 && accountCode.trimmed().isEmpty() &&
           (autoAmount || (blank(debit) && blank(credit)));
}

VoucherLinesModel::VoucherLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void VoucherLinesModel::setLines(const QJsonArray& lines, const QHash<qint64, QString>& namesEn)
{
    beginResetModel();
    m_lines.clear();
    m_errors.clear();
    for (const QJsonValue& v : lines) {
        const QJsonObject l = v.toObject();
        Line line;
        line.accountId = T::id(l, "account_id");
        line.accountCode = T::str(l, "account_code");
        line.accountName = T::str(l, "account_name");
        line.accountNameEn = namesEn.value(line.accountId);
        line.description = T::str(l, "description");
        line.debit = T::minor(T::str(l, "debit")) == 0 ? QString() : T::str(l, "debit");
        line.credit = T::minor(T::str(l, "credit")) == 0 ? QString() : T::str(l, "credit");
        m_lines.append(line);
    }
    endResetModel();
    emit totalsChanged();
}

void VoucherLinesModel::setEditable(bool editable)
{
    m_editable = editable;
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int VoucherLinesModel::addLine()
{
    const int row = rowCount();
    Line line;
    line.description = row > 0 ? m_lines.at(row - 1).description : m_defaultDescription;
    line.autoAmount = true; // what fillBalance() puts there is offered, not typed
    beginInsertRows({}, row, row);
    m_lines.append(line);
    endInsertRows();
    if (!fillBalance(row))
        m_lines[row].autoAmount = false;
    return row;
}

void VoucherLinesModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    QHash<QPair<int, int>, QString> errors;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (it.key().first < row)
            errors.insert(it.key(), it.value());
        else if (it.key().first > row)
            errors.insert({it.key().first - 1, it.key().second}, it.value());
    }
    m_errors = errors;
    endRemoveRows();
    emit totalsChanged();
    emit edited();
}

void VoucherLinesModel::setAccount(int row, const QJsonObject& account)
{
    if (row < 0 || row >= rowCount())
        return;
    Line& line = m_lines[row];
    line.accountId = T::id(account, "id");
    line.accountCode = T::str(account, "code");
    line.accountName = T::str(account, "name");
    line.accountNameEn = T::str(account, "name_en");
    m_errors.remove({row, AccountCol});
    changed(row);
}

void VoucherLinesModel::setAccountText(int row, const QString& text)
{
    if (row < 0 || row >= rowCount())
        return;
    Line& line = m_lines[row];
    line.accountId = 0;
    line.accountCode = text.trimmed();
    line.accountName.clear();
    line.accountNameEn.clear();
    changed(row);
}

std::optional<qint64> VoucherLinesModel::amount(int row, Side side) const
{
    const QString& text = side == Side::Debit ? m_lines.at(row).debit : m_lines.at(row).credit;
    if (blank(text))
        return std::nullopt;
    const auto m = Money::parse(text);
    if (!m)
        return std::nullopt;
    return m->minorUnits();
}

VoucherLinesModel::Totals VoucherLinesModel::totals() const
{
    Totals t;
    for (int row = 0; row < rowCount(); ++row) {
        const Line& line = m_lines.at(row);
        if (line.isEmpty())
            continue;
        const bool badDebit = !blank(line.debit) && !amount(row, Side::Debit);
        const bool badCredit = !blank(line.credit) && !amount(row, Side::Credit);
        if (badDebit || badCredit || line.accountId == 0)
            ++t.invalidLines;
        t.debit += amount(row, Side::Debit).value_or(0);
        t.credit += amount(row, Side::Credit).value_or(0);
    }
    return t;
}

std::optional<qint64> VoucherLinesModel::balancingAmount(int row, Side side) const
{
    qint64 debit = 0;
    qint64 credit = 0;
    for (int r = 0; r < rowCount(); ++r) {
        if (r == row || m_lines.at(r).isEmpty())
            continue;
        debit += amount(r, Side::Debit).value_or(0);
        credit += amount(r, Side::Credit).value_or(0);
    }
    const qint64 needed = side == Side::Debit ? credit - debit : debit - credit;
    if (needed <= 0)
        return std::nullopt;
    return needed;
}

bool VoucherLinesModel::fillBalance(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    Line& line = m_lines[row];
    if (const auto debit = balancingAmount(row, Side::Debit)) {
        line.debit = T::wire(*debit);
        line.credit.clear();
    } else if (const auto credit = balancingAmount(row, Side::Credit)) {
        line.credit = T::wire(*credit);
        line.debit.clear();
    } else {
        return false;
    }
    changed(row);
    return true;
}

void VoucherLinesModel::offerBalance(int row)
{
    if (row < 0 || row >= rowCount() || !m_lines.at(row).autoAmount)
        return;
    m_lines[row].debit.clear();
    m_lines[row].credit.clear();
    fillBalance(row);
    changed(row);
}

QJsonArray VoucherLinesModel::records() const
{
    QJsonArray records;
    m_recordRows.clear();
    for (int row = 0; row < rowCount(); ++row) {
        const Line& line = m_lines.at(row);
        if (line.isEmpty())
            continue;
        QJsonObject r;
        if (line.accountId > 0)
            r.insert(QStringLiteral("account_id"), line.accountId);
        else
            r.insert(QStringLiteral("account_code"), line.accountCode);
        if (!blank(line.debit))
            r.insert(QStringLiteral("debit"), line.debit);
        if (!blank(line.credit))
            r.insert(QStringLiteral("credit"), line.credit);
        if (!line.description.trimmed().isEmpty())
            r.insert(QStringLiteral("description"), line.description.trimmed());
        records.append(r);
        m_recordRows.append(row);
    }
    return records;
}

int VoucherLinesModel::rowOfRecord(int record) const
{
    return record >= 0 && record < m_recordRows.size() ? m_recordRows.at(record) : -1;
}

int VoucherLinesModel::columnOfField(const QString& field)
{
    if (field == QLatin1String("debit"))
        return DebitCol;
    if (field == QLatin1String("credit"))
        return CreditCol;
    if (field == QLatin1String("description"))
        return DescriptionCol;
    return AccountCol;
}

void VoucherLinesModel::setCellError(int record, const QString& field, const QString& text)
{
    setRowError(rowOfRecord(record), columnOfField(field), text);
}

void VoucherLinesModel::setRowError(int row, int column, const QString& text)
{
    if (row < 0 || row >= rowCount())
        return;
    m_errors.insert({row, column}, text);
    emit dataChanged(index(row, column), index(row, column));
}

QString VoucherLinesModel::cellError(int row, int column) const
{
    return m_errors.value({row, column});
}

void VoucherLinesModel::clearErrors()
{
    if (m_errors.isEmpty())
        return;
    m_errors.clear();
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int VoucherLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int VoucherLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VoucherLinesModel::accountLabel(const Line& line) const
{
    if (line.accountId == 0)
        return line.accountCode;
    QJsonObject account{{QStringLiteral("code"), line.accountCode},
                        {QStringLiteral("name"), line.accountName},
                        {QStringLiteral("name_en"), line.accountNameEn}};
    return T::accountLabel(account);
}

QString VoucherLinesModel::display(int row, int column) const
{
    const Line& line = m_lines.at(row);
    switch (column) {
    case DescriptionCol:
        return line.description;
    case AccountCol:
        return accountLabel(line);
    case DebitCol:
    case CreditCol: {
        const QString& text = column == DebitCol ? line.debit : line.credit;
        return Money::parse(text) ? T::money(text) : text;
    }
    default:
        return QString();
    }
}

QVariant VoucherLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const Line& line = m_lines.at(row);
    const bool error = m_errors.contains({row, column});
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        if (column == AccountCol)
            return line.accountCode;
        if (column == DebitCol)
            return line.debit;
        if (column == CreditCol)
            return line.credit;
        return line.description;
    case AccountIdRole:
        return line.accountId;
    case Qt::TextAlignmentRole:
        if (column == DebitCol || column == CreditCol)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (error)
            return QBrush(Theme::errorColor());
        if ((column == DebitCol || column == CreditCol) && line.isEmpty())
            return QBrush(Theme::mutedTextColor()); // the balance offered, not yet taken
        if (column == AccountCol && line.accountId == 0 && !line.accountCode.isEmpty())
            return QBrush(Theme::mutedTextColor()); // still being looked up
        if ((column == DebitCol || column == CreditCol) &&
            amount(row, column == DebitCol ? Side::Debit : Side::Credit).value_or(0) < 0)
            return QBrush(Theme::toneColor(Column::Tone::Problem)); // a red (storno) line
        return QVariant();
    case Qt::BackgroundRole:
        if (error) {
            QColor tint = Theme::errorColor();
            tint.setAlpha(40);
            return QBrush(tint);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (error)
            return m_errors.value({row, column});
        if (column == AccountCol && line.accountId > 0)
            return display(row, column);
        if ((column == DebitCol || column == CreditCol) && m_editable)
            return tr("Press = to fill in the amount that balances the entry.");
        return QVariant();
    default:
        return {};
    }
}

bool VoucherLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable)
        return false;
    const int row = index.row();
    const int column = index.column();
    Line& line = m_lines[row];
    if (column == AccountCol) {
        if (value.userType() == QMetaType::QJsonObject) {
            setAccount(row, value.toJsonObject());
        } else {
            const QString text = value.toString().trimmed();
            if (line.accountId > 0 && text.compare(line.accountCode, Qt::CaseInsensitive) == 0)
                return true; // unchanged
            setAccountText(row, text);
            if (!text.isEmpty())
                emit accountTextEntered(row, text);
        }
        emit edited();
        return true;
    }
    if (column == DescriptionCol) {
        if (line.description == value.toString())
            return true;
        line.description = value.toString();
        changed(row);
        emit edited();
        return true;
    }
    if (column != DebitCol && column != CreditCol)
        return false;
    QString& target = column == DebitCol ? line.debit : line.credit;
    QString& other = column == DebitCol ? line.credit : line.debit;
    const QString typed = value.toString().trimmed();
    const QString next = typed.isEmpty() ? QString() : wireOf(typed);
    if (next == target && !line.autoAmount)
        return true;
    target = next;
    line.autoAmount = false;
    const bool valid = typed.isEmpty() || !MoneyEdit::parse(typed, true).isNull();
    if (valid) {
        m_errors.remove({row, column});
        if (Money::parse(next) && Money::parse(next)->minorUnits() != 0)
            other.clear(); // a line has one side: typing a credit takes the debit away
    } else {
        m_errors.insert({row, column}, tr("Not an amount with at most 2 decimals."));
    }
    changed(row);
    emit edited();
    return true;
}

void VoucherLinesModel::changed(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit totalsChanged();
}

QVariant VoucherLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == DebitCol || section == CreditCol
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DescriptionCol:
        return tr("Summary");
    case AccountCol:
        return tr("Account (code or name)");
    case DebitCol:
        return tr("Debit");
    case CreditCol:
        return tr("Credit");
    default:
        return {};
    }
}

Qt::ItemFlags VoucherLinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Erp::Client::Finance
