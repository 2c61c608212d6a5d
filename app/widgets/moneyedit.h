#pragma once

#include <QLineEdit>

namespace Erp::Client {

/// An amount field that keeps the exact decimal the user typed — never a double. It shows
/// the amount in the locale ("50,000.00"), accepts digits with or without group separators
/// and at most two fraction digits, and hands out the wire form ("50000.00").
class MoneyEdit final : public QLineEdit
{
    Q_OBJECT
    Q_PROPERTY(QString value READ value WRITE setValue NOTIFY valueChanged USER true)
public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    /// The amount with exactly two fraction digits ("1234.50"); "" when the field is empty
    /// and the raw text when it is not an amount (the server then says why).
    QString value() const;
    /// Shows `decimal` ("1234.5", "1234.50") in the locale's format.
    void setValue(const QString& decimal);
    /// True when the text is empty or an amount.
    bool isValid() const;
    void setAllowNegative(bool allow);

    /// "1,234.5" (locale) -> "1234.50"; empty optional-like result "" for empty text and
    /// a null QString for text that is not an amount.
    static QString parse(const QString& text, bool allowNegative = false);

signals:
    void valueChanged(const QString& value);

protected:
    void focusOutEvent(QFocusEvent* event) override;

private:
    void textWasEdited();

    QString m_value;
    bool m_allowNegative = false;
};

} // namespace Erp::Client
