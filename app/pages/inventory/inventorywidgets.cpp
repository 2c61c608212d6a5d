#include "app/pages/inventory/inventorywidgets.h"

#include "app/pages/inventory/inventoryclient.h"
#include "app/pages/inventory/inventorytext.h"
#include "app/widgets/paddeddelegate.h"
#include "app/widgets/theme.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QPainter>
#include <QStandardItemModel>
#include <QValidator>

namespace Erp::Client::Inventory {

namespace {
class QuantityValidator final : public QValidator
{
public:
    QuantityValidator(const bool* allowNegative, QObject* parent)
        : QValidator(parent)
        , m_allowNegative(allowNegative)
    {}
    State validate(QString& input, int&) const override
    {
        const QString t = input.trimmed();
        if (t.isEmpty() || (*m_allowNegative && t == QLatin1String("-")))
            return Intermediate;
        return InventoryText::parseQty(t, *m_allowNegative).isNull() ? Invalid : Acceptable;
    }

private:
    const bool* m_allowNegative;
};

constexpr int RowRole = Qt::UserRole + 1;
} // namespace

QuantityEdit::QuantityEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setValidator(new QuantityValidator(&m_allowNegative, this));
    setPlaceholderText(InventoryText::qty(QStringLiteral("0")));
}

void QuantityEdit::setAllowNegative(bool allow)
{
    m_allowNegative = allow;
}

QString QuantityEdit::value() const
{
    const QString parsed = InventoryText::parseQty(text(), m_allowNegative);
    return parsed.isNull() ? text().trimmed() : parsed;
}

void QuantityEdit::setValue(const QString& wire)
{
    setText(InventoryText::qty(wire));
}

bool QuantityEdit::isValid() const
{
    return !InventoryText::parseQty(text(), m_allowNegative).isNull();
}

WarehouseBox::WarehouseBox(InventoryClient& client, const QString& allText, QWidget* parent)
    : QComboBox(parent)
    , m_client(client)
    , m_allText(allText)
{
    setMinimumContentsLength(18);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (!m_allText.isEmpty())
        addItem(m_allText, qint64(0));
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loaded)
            emit warehouseChanged(warehouseId());
    });
    connect(&client.api(), &ApiClient::eventChanged, this, [this](const QString& entity) {
        if (m_loaded && entity == QLatin1String("inventory.warehouse"))
            load(); // a warehouse was added, renamed or closed
    });
}

qint64 WarehouseBox::warehouseId() const
{
    return currentData().toLongLong();
}

void WarehouseBox::setWarehouseId(qint64 id)
{
    m_wanted = id;
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

void WarehouseBox::load()
{
    m_client.warehouses(
        this,
        [this](const QJsonObject& result) {
            const qint64 current = m_loaded ? warehouseId() : m_wanted;
            const QSignalBlocker block(this);
            clear();
            if (!m_allText.isEmpty())
                addItem(m_allText, qint64(0));
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray()) {
                const QJsonObject w = v.toObject();
                if (w.contains(QLatin1String("active")) &&
                    !w.value(QLatin1String("active")).toBool())
                    continue;
                addItem(QStringLiteral("%1 — %2").arg(InventoryText::str(w, "code"),
                                                      InventoryText::str(w, "name")),
                        InventoryText::id(w, "id"));
            }
            const int index = findData(current);
            setCurrentIndex(index >= 0 ? index : 0);
            m_loaded = true;
            emit loaded();
            if (warehouseId() != current)
                emit warehouseChanged(warehouseId());
        },
        [](const Rpc::Error&) {});
}

ProductPicker::ProductPicker(InventoryClient& client, QWidget* parent)
    : QLineEdit(parent)
    , m_client(client)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    setPlaceholderText(tr("Type a SKU, name or barcode…"));
    setClearButtonEnabled(true);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &ProductPicker::search);
    connect(this, &QLineEdit::textEdited, this, [this] {
        m_product = {};
        m_timer.start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            &ProductPicker::chosen);
}

qint64 ProductPicker::productId() const
{
    return InventoryText::id(m_product, "id");
}

QString ProductPicker::label(const QJsonObject& row)
{
    return QStringLiteral("%1 — %2").arg(InventoryText::str(row, "sku"),
                                         InventoryText::str(row, "name"));
}

void ProductPicker::setProduct(const QJsonObject& row)
{
    m_product = row;
    setText(row.isEmpty() ? QString() : label(row));
    setCursorPosition(0);
}

void ProductPicker::clearProduct()
{
    m_product = {};
    clear();
}

int ProductPicker::matchCount() const
{
    return m_matches->rowCount();
}

void ProductPicker::search()
{
    const quint64 generation = ++m_generation;
    m_client.findProducts(
        text().trimmed(), 20, this,
        [this, generation](const QJsonObject& result) {
            if (generation != m_generation)
                return;
            m_matches->clear();
            for (const QJsonValue& v : result.value(QLatin1String("rows")).toArray()) {
                auto* item = new QStandardItem(label(v.toObject()));
                item->setData(v.toObject(), RowRole);
                m_matches->appendRow(item);
            }
            if (m_matches->rowCount() > 0 && hasFocus())
                m_completer->complete();
        },
        [](const Rpc::Error&) {});
}

void ProductPicker::chosen(const QModelIndex& index)
{
    const QJsonObject row = index.data(RowRole).toJsonObject();
    if (row.isEmpty())
        return;
    setProduct(row);
    emit productChosen(row);
}

RowTintDelegate::RowTintDelegate(std::function<QColor(const QModelIndex&)> tint, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_tint(std::move(tint))
{}

QColor RowTintDelegate::soft(const QColor& tone)
{
    QColor c = tone;
    c.setAlpha(Theme::isDark() ? 70 : 45);
    return c;
}

void RowTintDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const QColor tint = m_tint ? m_tint(index) : QColor();
    if (tint.isValid() && !(option.state & QStyle::State_Selected))
        painter->fillRect(option.rect, soft(tint));
    QStyleOptionViewItem padded = option;
    padded.rect.adjust(PaddedDelegate::Padding, 0, -PaddedDelegate::Padding, 0);
    QStyledItemDelegate::paint(painter, padded, index);
}

void RowTintDelegate::setEditorFactory(
    std::function<QWidget*(QWidget* parent, const QModelIndex&)> factory)
{
    m_editors = std::move(factory);
}

QWidget* RowTintDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    if (m_editors) {
        if (QWidget* editor = m_editors(parent, index))
            return editor;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

QSize RowTintDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 2 * PaddedDelegate::Padding;
    return s;
}

} // namespace Erp::Client::Inventory
