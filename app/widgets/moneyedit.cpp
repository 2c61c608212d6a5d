#include "app/widgets/moneyedit.h"

#include "app/models/format.h"
#include "common/money.h"

#include <QLocale>
#include <QValidator>

namespace Erp::Client {

namespace {
/// Lets through what can still become an amount: digits, group separators, one decimal
/// point with at most two digits after it, and a leading minus when allowed.
class MoneyValidator final : public QValidator
{
public:
    MoneyValidator(const bool* allowNegative, QObject* parent)
        : QValidator(parent)
        , m_allowNegative(allowNegative)
    {}

    State validate(QString& input, int&) const override
    {
        const QString t = input.trimmed();
        if (t.isEmpty() || (*m_allowNegative && t == QLatin1String("-")))
            return Intermediate;
        return MoneyEdit::parse(t, *m_allowNegative).isNull() ? Invalid : Acceptable;
    }

private:
    const bool* m_allowNegative;
};
} // namespace

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter); // amounts are right-aligned
    setValidator(new MoneyValidator(&m_allowNegative, this));
    setPlaceholderText(Format::decimal(QStringLiteral("0.00")));
    connect(this, &QLineEdit::textEdited, this, &MoneyEdit::textWasEdited);
}

QString MoneyEdit::parse(const QString& text, bool allowNegative)
{
    const QLocale locale;
    QString t = text.trimmed();
    if (t.isEmpty())
        return QStringLiteral("");
    t.remove(locale.groupSeparator());
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x00a0));
    if (locale.groupSeparator() != QLatin1String(","))
        t.remove(QLatin1Char(',')); // pasted from an English spreadsheet
    t.replace(locale.decimalPoint(), QLatin1String("."));
    if (t.startsWith(locale.negativeSign()) && locale.negativeSign() != QLatin1String("-"))
        t.replace(0, locale.negativeSign().size(), QLatin1String("-"));
    if (t.endsWith(QLatin1Char('.')))
        t.chop(1); // "12." while typing
    if (t.startsWith(QLatin1Char('+')))
        return QString();
    const auto money = Money::parse(t);
    if (!money || (money->isNegative() && !allowNegative))
        return QString();
    return money->toString();
}

QString MoneyEdit::value() const
{
    const QString parsed = parse(text(), m_allowNegative);
    return parsed.isNull() ? text().trimmed() : parsed;
}

bool MoneyEdit::isValid() const
{
    return !parse(text(), m_allowNegative).isNull();
}

void MoneyEdit::setAllowNegative(bool allow)
{
    m_allowNegative = allow;
}

void MoneyEdit::setValue(const QString& decimal)
{
    // The wire form ("50000.00") is not locale text: parse it as it is.
    const QString trimmed = decimal.trimmed();
    const auto money = Money::parse(trimmed);
    setText(trimmed.isEmpty() ? QString() : Format::decimal(money ? money->toString() : trimmed));
    if (value() != m_value) {
        m_value = value();
        emit valueChanged(m_value);
    }
}

void MoneyEdit::textWasEdited()
{
    if (value() != m_value) {
        m_value = value();
        emit valueChanged(m_value);
    }
}

void MoneyEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    const QString parsed = parse(text(), m_allowNegative);
    if (!parsed.isEmpty() && !parsed.isNull()) {
        const int oldCursor = cursorPosition();
        setText(Format::decimal(parsed)); // "50000" -> "50,000.00"
        setCursorPosition(qMin(oldCursor, int(text().size())));
    }
}

} // namespace Erp::Client
