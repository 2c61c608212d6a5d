#include "app/widgets/formerrors.h"

#include "app/net/errortext.h"
#include "app/net/servermessages.h"
#include "app/widgets/recordtable.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QAbstractItemView>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMetaProperty>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Erp::Client {

FormErrors::FormErrors(QObject* parent)
    : QObject(parent)
{}

QString FormErrors::requiredLabel(const QString& label)
{
    return QStringLiteral("%1 <span style=\"color:%2\">*</span>")
        .arg(label.toHtmlEscaped(), Theme::errorColor().name());
}

QLabel* FormErrors::makeErrorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::errorColor());
    label->setPalette(p);
    label->setVisible(false);
    return label;
}

void FormErrors::addRow(QFormLayout* layout, const QString& label, const QString& field,
                        QWidget* widget, bool required, QWidget* editor)
{
    if (!editor)
        editor = widget;
    auto* container = new QWidget;
    auto* box = new QVBoxLayout(container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(widget);
    QLabel* error = makeErrorLabel(container);
    error->setObjectName(QStringLiteral("error_") + field);
    box->addWidget(error);
    auto* caption = new QLabel(required ? requiredLabel(label) : label.toHtmlEscaped());
    caption->setTextFormat(Qt::RichText);
    caption->setBuddy(editor);
    layout->addRow(caption, container);
    bind(field, editor, error);
}

void FormErrors::bind(const QString& field, QWidget* widget, QLabel* errorLabel)
{
    m_fields.insert(field, Binding{widget, errorLabel});
    watch(widget);
}

void FormErrors::watch(QWidget* widget)
{
    // Any editor: the user property's notify signal (QLineEdit::textChanged,
    // QCheckBox::toggled, QComboBox::currentTextChanged ...), or a view's model changes.
    if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        if (view->model())
            connect(view->model(), &QAbstractItemModel::dataChanged, this, [this, view] {
                for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
                    if (it->widget == view && it->label)
                        it->label->setVisible(false);
                }
                emit edited();
            });
        return;
    }
    const QMetaProperty user = widget->metaObject()->userProperty();
    if (user.isValid() && user.hasNotifySignal()) {
        const int slot = metaObject()->indexOfSlot("fieldEdited()");
        QObject::connect(widget, user.notifySignal(), this, metaObject()->method(slot));
    }
}

void FormErrors::fieldEdited()
{
    QObject* source = sender();
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (it->widget == source && it->label)
            it->label->setVisible(false);
    }
    emit edited();
}

void FormErrors::bindTable(const QString& prefix, RecordTable* table,
                           std::function<QString(const QString&)> rule)
{
    m_tables.insert(prefix, TableBinding{table, std::move(rule)});
    connect(table, &RecordTable::edited, this, &FormErrors::edited);
}

bool FormErrors::showInTable(const QString& field, const QString& code, const QString& text,
                             const QString& generic)
{
    static const QRegularExpression nested(QStringLiteral("^(\\w+)\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch m = nested.match(field);
    const QString prefix = m.hasMatch() ? m.captured(1) : field;
    const TableBinding binding = m_tables.value(prefix);
    if (!binding.table)
        return false;
    QString shown = text;
    const bool aboutTheRule = code == QLatin1String("invalid") ||
                              code == QLatin1String("too_short") ||
                              code == QLatin1String("too_long");
    const QString rule = binding.rule && aboutTheRule ? binding.rule(field) : QString();
    if (!rule.isEmpty())
        shown = tr("%1 %2").arg(generic, rule);
    if (m.hasMatch())
        binding.table->showCellError(m.captured(2).toInt(), m.captured(3), shown);
    else
        binding.table->showError(shown);
    return true;
}

void FormErrors::setRule(const QString& field, const QString& rule)
{
    m_rules.insert(field, rule);
}

QLabel* FormErrors::createMessageLabel(QWidget* parent)
{
    m_message = makeErrorLabel(parent);
    m_message->setObjectName(QStringLiteral("formMessage"));
    return m_message;
}

bool FormErrors::show(const Rpc::Error& error)
{
    clear();
    bool placed = false;
    QStringList unplaced;
    if (error.code == Rpc::ValidationFailed) {
        const QJsonArray fields = error.data.toObject().value(QLatin1String("fields")).toArray();
        for (const QJsonValue& v : fields) {
            const QJsonObject f = v.toObject();
            const QString field = f.value(QLatin1String("field")).toString();
            const QString code = f.value(QLatin1String("code")).toString();
            // The server's message (by its id) in the clerk's language; where the form states
            // the rule itself, the short text for the code followed by that rule.
            QString text = ErrorText::field(f);
            const QString generic =
                ErrorText::field(code, f.value(QLatin1String("message")).toString());
            const bool aboutTheRule = code == QLatin1String("invalid") ||
                                      code == QLatin1String("too_short") ||
                                      code == QLatin1String("too_long");
            if (aboutTheRule && m_rules.contains(field))
                //: A field error followed by the rule the value must follow
                text = tr("%1 %2").arg(generic, m_rules.value(field));
            if (showInTable(field, code, text, generic)) {
                placed = true;
            } else if (m_fields.contains(field) && m_fields.value(field).label) {
                showField(field, text);
                m_fields.value(field).label->setToolTip(
                    f.value(QLatin1String("message")).toString());
                placed = true;
            } else {
                unplaced.append(QStringLiteral("%1: %2").arg(ServerMessages::param(field), text));
            }
        }
        if (!unplaced.isEmpty())
            showMessage(unplaced.join(QLatin1Char('\n')));
        else if (!placed)
            showMessage(ErrorText::describe(error));
    } else if (const QString param = error.messageArgs().value(QLatin1String("param")).toString();
               error.code == Rpc::InvalidParams && m_fields.contains(param)) {
        // A parameter the dispatcher refused (e.g. a missing warehouse_id) is a field of this
        // form: say so under it, in the clerk's words.
        showField(param, ErrorText::describe(error));
        placed = true;
    } else {
        showMessage(ErrorText::describe(error));
    }
    return placed;
}

void FormErrors::showField(const QString& field, const QString& text)
{
    const Binding b = m_fields.value(field);
    if (!b.label) {
        showMessage(text);
        return;
    }
    const bool first = !hasErrors();
    b.label->setText(text);
    b.label->setVisible(true);
    if (b.widget && first)
        b.widget->setFocus();
}

void FormErrors::showMessage(const QString& text)
{
    if (!m_message)
        return;
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FormErrors::clear()
{
    for (const Binding& b : std::as_const(m_fields)) {
        if (b.label) {
            b.label->clear();
            b.label->setVisible(false);
        }
    }
    for (const TableBinding& t : std::as_const(m_tables)) {
        if (t.table)
            t.table->clearErrors();
    }
    showMessage(QString());
}

bool FormErrors::hasErrors() const
{
    for (const TableBinding& t : m_tables) {
        if (t.table && t.table->hasErrors())
            return true;
    }
    for (const Binding& b : m_fields) {
        if (b.label && !b.label->isHidden())
            return true;
    }
    return m_message && !m_message->isHidden();
}

QString FormErrors::fieldError(const QString& field) const
{
    const Binding b = m_fields.value(field);
    return b.label && !b.label->isHidden() ? b.label->text() : QString();
}

QString FormErrors::message() const
{
    return m_message && !m_message->isHidden() ? m_message->text() : QString();
}

QWidget* FormErrors::widget(const QString& field) const
{
    return m_fields.value(field).widget;
}

} // namespace Erp::Client
