#include "app/pages/orders/orderdialog.h"

#include "app/models/format.h"
#include "app/net/errortext.h"
#include "app/pages/orders/lineeditor.h"
#include "app/pages/orders/orderactions.h"
#include "app/pages/orders/orderclient.h"
#include "app/pages/orders/orderdocuments.h"
#include "app/pages/orders/orderhistory.h"
#include "app/pages/orders/orderprint.h"
#include "app/pages/orders/ordertext.h"
#include "app/widgets/entitypicker.h"
#include "app/widgets/formerrors.h"
#include "app/widgets/formfields.h"
#include "app/widgets/statusbadge.h"
#include "app/widgets/theme.h"
#include "common/jsonrpc.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Erp::Client::Orders {

namespace {
enum Tab { LinesTab, ShipmentsTab, TimelineTab, NotesTab, ReturnsTab };

const QDate NoDate = unsetDate();

QFormLayout* formColumn()
{
    return createFormColumn();
}

QDateEdit* dateEdit(QWidget* parent, bool optional)
{
    return createDateEdit(parent, optional ? OrderDialog::tr("Not set") : QString());
}

/// A field error's text, including the unit rules of docs/OMS.md.
QString fieldText(const QJsonObject& fieldError)
{
    const QString code = fieldError.value(QLatin1String("code")).toString();
    if (code == QLatin1String("scale"))
        return OrderDialog::tr("Too many decimal places.");
    if (code == QLatin1String("negative"))
        return OrderDialog::tr("Must not be negative.");
    return ErrorText::field(fieldError);
}

QString customerRowText(const QJsonObject& row)
{
    QStringList parts{row.value(QLatin1String("name")).toString()};
    for (const char* key : {"code", "city", "phone"}) {
        const QString v = row.value(QLatin1String(key)).toString();
        if (!v.isEmpty())
            parts.append(v);
    }
    return parts.join(QStringLiteral(" · "));
}

/// The customer's shipping address as one text: the default shipping address, else the
/// first one, else the billing address.
QString addressText(const QJsonArray& addresses)
{
    QJsonObject best;
    int bestScore = -1;
    for (const QJsonValue& v : addresses) {
        const QJsonObject a = v.toObject();
        const int score =
            (a.value(QLatin1String("kind")).toString() == QLatin1String("shipping") ? 2 : 0) +
            (a.value(QLatin1String("is_default")).toBool() ? 1 : 0);
        if (score > bestScore) {
            best = a;
            bestScore = score;
        }
    }
    if (best.isEmpty())
        return QString();
    QStringList parts;
    for (const char* key : {"province", "city", "district", "line1", "line2"}) {
        const QString v = best.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty() && !parts.contains(v)) // 上海市 is province and city
            parts.append(v);
    }
    QString text = parts.join(QLatin1Char(' '));
    const QString postcode = best.value(QLatin1String("postcode")).toString();
    if (!postcode.isEmpty())
        text += QStringLiteral(" ") + postcode;
    return text;
}

QJsonObject primaryContact(const QJsonArray& contacts)
{
    for (const QJsonValue& v : contacts) {
        if (v.toObject().value(QLatin1String("is_primary")).toBool())
            return v.toObject();
    }
    return contacts.isEmpty() ? QJsonObject() : contacts.first().toObject();
}
} // namespace

OrderDialog::OrderDialog(OrderClient& client, qint64 id, QWidget* parent)
    : FormDialog(parent)
    , m_client(client)
    , m_print(new Print::PrintMenu(this))
    , m_number(new QLabel(this))
    , m_badge(new StatusBadge(this))
    , m_review(new QLabel(this))
    , m_note(new QLabel(this))
    , m_customer(new EntityPicker(client.api(), QStringLiteral("crm.customer.list"), this))
    , m_contact(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_address(new QPlainTextEdit(this))
    , m_orderDate(dateEdit(this, false))
    , m_requestedDate(dateEdit(this, true))
    , m_channel(new QComboBox(this))
    , m_externalRef(new QLineEdit(this))
    , m_sections(new QTabWidget(this))
    , m_lines(new LineEditor(client, this))
    , m_shipments(OrderHistory::createShipments(this))
    , m_returns(OrderHistory::createReturns(this))
    , m_timeline(OrderHistory::createTimeline(this))
    , m_notes(new QPlainTextEdit(this))
    , m_actions(new OrderActions(client, this))
    , m_invoices(new QPushButton(tr("Invoices…"), this))
{
    setObjectName(QStringLiteral("orderDialog"));
    m_order.id = id;
    buildForm();
    resize(1120, 740);
    if (id == 0) {
        m_order.orderDate = QDate::currentDate().toString(Qt::ISODate);
        showOrder(m_order);
        m_customer->setFocus();
    } else {
        setWindowTitle(tr("Order"));
        reload();
    }
    // A colleague's change of this order shows up here unless the clerk is editing it.
    connect(&client.api(), &ApiClient::eventChanged, this,
            [this](const QString& entity, qint64 changedId, qint64 version, const QString&) {
                if (entity == OrderClient::entity() && changedId == m_order.id &&
                    version > m_order.version && !isDirty() && !isBusy() && !m_actions->isBusy())
                    reload();
            });
}

void OrderDialog::buildForm()
{
    // Header: the number, the state badge, and why it waits (or was rejected).
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setObjectName(QStringLiteral("orderNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_badge->setObjectName(QStringLiteral("stateBadge"));
    m_note->setObjectName(QStringLiteral("orderMessage"));
    m_note->setWordWrap(true);
    QPalette muted = m_note->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedTextColor());
    m_note->setPalette(muted);
    auto* header = new QHBoxLayout;
    header->addWidget(m_number);
    header->addSpacing(8);
    header->addWidget(m_badge, 0, Qt::AlignVCenter);
    header->addSpacing(12);
    header->addWidget(m_note, 1);
    body()->insertLayout(0, header);

    m_review->setObjectName(QStringLiteral("reviewReasons"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_review->setVisible(false);
    m_review->setContentsMargins(8, 4, 8, 4);
    m_review->setAutoFillBackground(true);
    body()->insertWidget(1, m_review);

    auto* actionRow = new QHBoxLayout;
    actionRow->setSpacing(4);
    m_actions->addTo(actionRow);
    m_invoices->setObjectName(QStringLiteral("orderInvoices"));
    m_invoices->setAutoDefault(false);
    m_invoices->setToolTip(tr("The invoices of this order in the Finance tab"));
    m_invoices->setVisible(false);
    actionRow->addWidget(m_invoices);
    actionRow->addWidget(m_print->button());
    m_print->addDocument(QStringLiteral("confirmation"), tr("Quotation / Order Confirmation"),
                         [this](Print::PrintMenu::Mode mode) {
                             OrderDocuments::present(m_client.api(), this, m_order,
                                                     QStringLiteral("confirmation"), mode);
                         });
    m_print->addDocument(QStringLiteral("picklist"), tr("Pick List"),
                         [this](Print::PrintMenu::Mode mode) {
                             OrderDocuments::present(m_client.api(), this, m_order,
                                                     QStringLiteral("picklist"), mode);
                         });
    m_print->addDocument(QStringLiteral("delivery"), tr("Delivery Note"),
                         [this](Print::PrintMenu::Mode mode) {
                             OrderDocuments::present(m_client.api(), this, m_order,
                                                     QStringLiteral("delivery"), mode);
                         });
    connect(m_invoices, &QPushButton::clicked, this, [this] {
        const QString target = QStringLiteral("finance/order-invoices/%1").arg(m_order.number);
        reject(); // asks first when there are unsaved edits
        if (!isVisible())
            emit navigate(target);
    });
    body()->insertLayout(2, actionRow);

    m_customer->setObjectName(QStringLiteral("customerPicker"));
    m_customer->setPlaceholderText(tr("Type a name, code or phone number…"));
    m_customer->setRowText(&customerRowText);
    m_customer->setPickedText(
        [](const QJsonObject& row) { return row.value(QLatin1String("name")).toString(); });
    m_customer->setRowFilter([](const QJsonObject& row) {
        const QString status = row.value(QLatin1String("status")).toString();
        return status.isEmpty() || status == QLatin1String("active");
    });
    connect(m_customer, &EntityPicker::picked, this, &OrderDialog::customerPicked);
    m_contact->setMaxLength(100);
    m_phone->setMaxLength(40);
    m_email->setMaxLength(200);
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().height() * 2 + 14);
    m_address->setPlaceholderText(tr("Taken from the customer; change it for this order only"));
    for (const QString& c : OrderText::channels())
        m_channel->addItem(OrderText::channel(c), c);
    m_externalRef->setMaxLength(100);
    m_externalRef->setPlaceholderText(tr("e.g. the customer's PO or web order number"));

    QFormLayout* left = formColumn();
    QFormLayout* right = formColumn();
    FormErrors& e = errors();
    e.addRow(left, tr("C&ustomer"), QStringLiteral("customer_id"), m_customer, true);
    e.addRow(left, tr("Co&ntact"), QStringLiteral("contact_name"), m_contact);
    e.addRow(left, tr("&Phone"), QStringLiteral("contact_phone"), m_phone);
    e.addRow(left, tr("E-&mail"), QStringLiteral("contact_email"), m_email);
    e.addRow(right, tr("&Order date"), QStringLiteral("order_date"), m_orderDate, true);
    e.addRow(right, tr("&Requested date"), QStringLiteral("requested_date"), m_requestedDate);
    e.addRow(right, tr("C&hannel"), QStringLiteral("channel"), m_channel);
    e.addRow(right, tr("E&xternal ref."), QStringLiteral("external_ref"), m_externalRef);
    e.addRow(right, tr("Ship &to"), QStringLiteral("shipping_address"), m_address);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    body()->insertLayout(4, columns);

    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Anything the warehouse or colleagues should know"));
    auto* notesPage = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(m_notes, 1);
    auto* notesError = new QLabel(notesPage);
    notesError->setWordWrap(true);
    QPalette red = notesError->palette();
    red.setColor(QPalette::WindowText, Theme::errorColor());
    notesError->setPalette(red);
    notesError->setVisible(false);
    notesLayout->addWidget(notesError);
    e.bind(QStringLiteral("notes"), m_notes, notesError);

    m_sections->addTab(m_lines, tr("Lines"));
    m_sections->addTab(m_shipments, tr("Shipments"));
    m_sections->addTab(m_timeline, tr("Timeline"));
    m_sections->addTab(notesPage, tr("Notes"));
    m_sections->addTab(m_returns, tr("Returns"));
    body()->insertWidget(5, m_sections, 1);
    for (int i = 0; i < body()->count(); ++i) { // the tabs take the spacer's height
        if (QSpacerItem* spacer = body()->itemAt(i)->spacerItem()) {
            body()->removeItem(spacer);
            delete spacer;
            break;
        }
    }

    saveButton()->setToolTip(tr("Save (Ctrl+S)"));
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (!isBusy() && saveButton()->isVisible() && saveButton()->isEnabled())
            save();
    });

    connect(m_lines, &LineEditor::edited, this, [this] {
        markDirty();
        formEdited();
    });
    connect(&errors(), &FormErrors::edited, this, &OrderDialog::formEdited);
    connect(m_actions, &OrderActions::orderChanged, this, [this](const Order& order) {
        showOrder(order);
        emit saved(order);
    });
    connect(m_actions, &OrderActions::reloadNeeded, this, &OrderDialog::reload);
    connect(m_actions, &OrderActions::message, this, &OrderDialog::showNote);
    connect(m_actions, &OrderActions::dialogOpened, this, &OrderDialog::dialogOpened);
    connect(m_actions, &OrderActions::busyChanged, this, [this](bool busy) { setBusy(busy); });
}

void OrderDialog::reload()
{
    m_ready = false;
    setBusy(true);
    m_client.get(
        m_order.id, this,
        [this](const Order& order) {
            setBusy(false);
            showOrder(order);
        },
        [this](const Rpc::Error& error) {
            setBusy(false);
            errors().showMessage(ErrorText::describe(error));
        });
}

void OrderDialog::showOrder(const Order& order)
{
    m_order = order;
    m_invoices->setVisible(!order.number.isEmpty() &&
                           m_client.may(QStringLiteral("finance.invoice.read")));
    errors().clear();
    m_lines->clearErrors();
    if (order.customerId > 0)
        m_customer->setCurrent({{QStringLiteral("id"), order.customerId},
                                {QStringLiteral("name"), order.customerName}});
    else
        m_customer->clearCurrent();
    m_contact->setText(order.contactName);
    m_phone->setText(order.contactPhone);
    m_email->setText(order.contactEmail);
    m_address->setPlainText(order.shippingAddress);
    const QDate orderDate = QDate::fromString(order.orderDate, Qt::ISODate);
    m_orderDate->setDate(orderDate.isValid() ? orderDate : QDate::currentDate());
    const QDate requested = QDate::fromString(order.requestedDate, Qt::ISODate);
    m_requestedDate->setDate(requested.isValid() ? requested : NoDate);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(order.channel)));
    m_externalRef->setText(order.externalRef);
    m_notes->setPlainText(order.notes);
    m_lines->setCurrency(order.currency);
    m_lines->setLines(order.lines);
    if (order.isNew() && m_lines->model()->rowCount() == 0)
        m_lines->model()->addLine();
    static const QStringList underWay{QStringLiteral("allocated"), QStringLiteral("picking"),
                                      QStringLiteral("shipped"), QStringLiteral("delivered"),
                                      QStringLiteral("completed")};
    m_lines->setProgressVisible(underWay.contains(order.state));
    OrderHistory::showShipments(m_shipments, order);
    OrderHistory::showTimeline(m_timeline, order);
    OrderHistory::showReturns(m_returns, order);
    m_sections->setTabVisible(ReturnsTab, !order.returns.isEmpty());

    // The server lists "update" among the allowed actions while the order may be changed.
    setEditable(m_client.may(OrderClient::writePermission()) &&
                (order.isNew() || order.allowedActions.contains(QStringLiteral("update"))));
    updateHeader();
    updateTabTitles();
    markClean();
    m_actions->update(order, false);
    updatePrint();
    m_ready = true;
}

void OrderDialog::setEditable(bool editable)
{
    m_editable = editable;
    for (QLineEdit* edit :
         {static_cast<QLineEdit*>(m_customer), m_contact, m_phone, m_email, m_externalRef})
        edit->setReadOnly(!editable);
    m_address->setReadOnly(!editable);
    m_notes->setReadOnly(!editable);
    m_orderDate->setReadOnly(!editable);
    m_requestedDate->setReadOnly(!editable);
    m_channel->setEnabled(editable);
    m_lines->setEditable(editable);
    saveButton()->setVisible(editable);
    cancelButton()->setText(m_order.isNew() ? tr("Cancel") : tr("Close"));
}

void OrderDialog::updateHeader()
{
    if (m_order.isNew()) {
        setWindowTitle(tr("New Order"));
        m_number->setText(tr("New Order"));
        m_badge->setStatus(OrderText::state(QStringLiteral("draft")), Column::Tone::Neutral);
    } else {
        setWindowTitle(tr("Order %1 — %2").arg(m_order.number, m_order.customerName));
        m_number->setText(m_order.number);
        m_badge->setStatus(OrderText::state(m_order.state), OrderText::stateTone(m_order.state));
    }
    // Why the order waits, or why it was rejected / cancelled.
    QStringList lines;
    Column::Tone tone = Column::Tone::Waiting;
    if (m_order.state == QLatin1String("submitted") && !m_order.reviewReasons.isEmpty()) {
        lines.append(QStringLiteral("<b>%1</b>").arg(tr("Waiting for approval:").toHtmlEscaped()));
        for (const ReviewReason& r : m_order.reviewReasons)
            lines.append(QStringLiteral("• ") +
                         OrderText::reviewReason(r.code, r.message, r.messageRef).toHtmlEscaped());
    } else if (m_order.state == QLatin1String("rejected")) {
        tone = Column::Tone::Problem;
        lines.append(
            QStringLiteral("<b>%1</b> %2")
                .arg(tr("Rejected:").toHtmlEscaped(), m_order.rejectReason.toHtmlEscaped()));
        if (m_editable)
            lines.append(tr("Change the order and submit it again.").toHtmlEscaped());
    } else if (m_order.state == QLatin1String("cancelled") && !m_order.cancelReason.isEmpty()) {
        tone = Column::Tone::Problem;
        lines.append(
            QStringLiteral("<b>%1</b> %2")
                .arg(tr("Cancelled:").toHtmlEscaped(), m_order.cancelReason.toHtmlEscaped()));
    }
    if (m_order.hasBackorder && m_order.state != QLatin1String("cancelled")) {
        if (lines.isEmpty())
            tone = Column::Tone::Waiting;
        lines.append(tr("Some quantities wait for stock (backorder); they are allocated "
                        "automatically when goods arrive.")
                         .toHtmlEscaped());
    }
    m_review->setText(lines.join(QStringLiteral("<br>")));
    m_review->setVisible(!lines.isEmpty());
    QPalette p = m_review->palette();
    QColor fill = Theme::toneColor(tone);
    fill.setAlpha(Theme::isDark() ? 60 : 36);
    p.setColor(QPalette::Window, fill);
    m_review->setPalette(p);

    QString note;
    if (!m_order.isNew()) {
        note = tr("Gross %1").arg(OrderText::money(m_order.gross, m_order.currency));
        if (m_order.amendments > 0)
            note +=
                QStringLiteral(" · ") + tr("changes after submitting: %1").arg(m_order.amendments);
    }
    showNote(note);
}

void OrderDialog::showNote(const QString& text)
{
    m_note->setText(text);
}

QString OrderDialog::reviewText() const
{
    return m_review->isHidden() ? QString() : m_review->text();
}

QString OrderDialog::messageText() const
{
    return m_note->text();
}

void OrderDialog::updateTabTitles()
{
    m_sections->setTabText(ShipmentsTab, m_order.shipments.isEmpty()
                                             ? tr("Shipments")
                                             : tr("Shipments (%1)").arg(m_order.shipments.size()));
    m_sections->setTabText(TimelineTab, m_order.timeline.isEmpty()
                                            ? tr("Timeline")
                                            : tr("Timeline (%1)").arg(m_order.timeline.size()));
    m_sections->setTabText(LinesTab, tr("Lines (%1)").arg(m_lines->model()->rowCount()));
    m_sections->setTabText(ReturnsTab, tr("Returns (%1)").arg(m_order.returns.size()));
}

void OrderDialog::updatePrint()
{
    m_print->button()->setVisible(!m_order.isNew());
    m_print->setDocumentEnabled(QStringLiteral("confirmation"), !m_order.isNew());
    m_print->setDocumentEnabled(QStringLiteral("picklist"), !m_order.allocations.isEmpty());
    m_print->setDocumentEnabled(QStringLiteral("delivery"), !m_order.shipments.isEmpty());
}

void OrderDialog::formEdited()
{
    m_actions->update(m_order, isDirty());
    if (isDirty() && !m_order.isNew() && m_order.state != QLatin1String("draft"))
        showNote(tr("Saving returns the order to Draft: it must be submitted again."));
    updateTabTitles();
}

void OrderDialog::customerPicked(const QJsonObject& row)
{
    const qint64 id = row.value(QLatin1String("id")).toInteger();
    if (id <= 0 || !m_editable)
        return;
    m_client.customer(
        id, this,
        [this, id](const QJsonObject& customer) {
            if (m_customer->currentId() != id)
                return; // another customer was picked meanwhile
            const QJsonObject contact =
                primaryContact(customer.value(QLatin1String("contacts")).toArray());
            m_contact->setText(contact.value(QLatin1String("name")).toString());
            m_phone->setText(contact.value(QLatin1String("phone")).toString());
            m_email->setText(contact.value(QLatin1String("email")).toString());
            m_address->setPlainText(
                addressText(customer.value(QLatin1String("addresses")).toArray()));
            const QString currency = customer.value(QLatin1String("currency")).toString();
            if (!currency.isEmpty())
                m_lines->setCurrency(currency);
            if (m_lines->model()->rowCount() > 0 && m_lines->model()->lines().last().isEmpty())
                m_lines->editProduct(m_lines->model()->rowCount() - 1);
        },
        [](const Rpc::Error&) {});
}

QJsonObject OrderDialog::formFields() const
{
    QJsonObject f{{QStringLiteral("customer_id"), m_customer->currentId() > 0
                                                      ? QJsonValue(m_customer->currentId())
                                                      : QJsonValue()},
                  {QStringLiteral("contact_name"), m_contact->text().trimmed()},
                  {QStringLiteral("contact_phone"), m_phone->text().trimmed()},
                  {QStringLiteral("contact_email"), m_email->text().trimmed()},
                  {QStringLiteral("shipping_address"), m_address->toPlainText().trimmed()},
                  {QStringLiteral("order_date"), m_orderDate->date().toString(Qt::ISODate)},
                  {QStringLiteral("channel"), m_channel->currentData().toString()},
                  {QStringLiteral("external_ref"), m_externalRef->text().trimmed()},
                  {QStringLiteral("notes"), m_notes->toPlainText().trimmed()},
                  {QStringLiteral("lines"), m_lines->model()->records()}};
    if (m_requestedDate->date() != NoDate)
        f.insert(QStringLiteral("requested_date"), m_requestedDate->date().toString(Qt::ISODate));
    return f;
}

void OrderDialog::save()
{
    if (!m_editable)
        return;
    m_lines->commitEditing();
    errors().clear();
    m_lines->clearErrors();
    if (m_customer->currentId() <= 0) {
        errors().showField(QStringLiteral("customer_id"),
                           m_customer->text().trimmed().isEmpty()
                               ? ErrorText::field(QStringLiteral("required"))
                               : tr("Pick the customer from the list (Enter)."));
        return;
    }
    setBusy(true);
    const QJsonObject fields = formFields();
    const auto done = [this](const Order& order) {
        setBusy(false);
        const bool created = m_order.isNew();
        showOrder(order);
        showNote(created ? tr("Order %1 created as a draft: submit it when it is complete.")
                               .arg(order.number)
                         : tr("Order %1 saved.").arg(order.number));
        emit saved(order);
    };
    const auto fail = [this](const Rpc::Error& error) { saveFailed(error); };
    if (m_order.isNew())
        m_client.create(fields, this, done, fail);
    else
        m_client.update(m_order.id, m_order.version, fields, this, done, fail);
}

void OrderDialog::saveFailed(const Rpc::Error& error)
{
    if (error.code != Rpc::ValidationFailed) {
        showSaveError(error);
        return;
    }
    // Errors of the lines go to their cells; the rest under the fields.
    static const QRegularExpression nested(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    QJsonObject data = error.data.toObject();
    QJsonArray rest;
    bool inLines = false;
    for (const QJsonValue& v : data.value(QLatin1String("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        const QString field = f.value(QLatin1String("field")).toString();
        const QString text = fieldText(f);
        const QRegularExpressionMatch m = nested.match(field);
        if (m.hasMatch()) {
            m_lines->showCellError(m.captured(1).toInt(), m.captured(2), text);
            inLines = true;
        } else if (field == QLatin1String("lines") || field.startsWith(QLatin1String("lines["))) {
            m_lines->showError(text);
            inLines = true;
        } else {
            QJsonObject copy = f;
            copy.insert(QStringLiteral("message"), text);
            rest.append(copy);
        }
    }
    if (inLines)
        m_sections->setCurrentIndex(LinesTab);
    if (rest.isEmpty() && inLines) {
        setBusy(false);
        errors().showMessage(tr("Some lines have problems: see the red cells."));
        return;
    }
    data.insert(QStringLiteral("fields"), rest);
    showSaveError(Rpc::Error(error.code, error.message, data));
}

QString OrderDialog::conflictText() const
{
    return tr("Someone else changed order %1 while you were editing it.").arg(m_order.number);
}

Print::DeliveryNote OrderDialog::deliveryNote(int index) const
{
    return OrderPrint::deliveryNote(m_order, index, m_company);
}

void OrderDialog::printDeliveryNote()
{
    OrderPrint::loadCompany(m_client.api(), this, [this](const Print::DeliveryNote::Company& c) {
        m_company = c;
        OrderPrint::printDeliveryNote(m_order, m_company, this);
    });
}

} // namespace Erp::Client::Orders
