#pragma once

#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTimer>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace Erp::Client::Inventory {

class InventoryClient;

/// A quantity field (up to 3 decimals, locale display) that hands out the wire form
/// ("2.500"), right-aligned like every quantity.
class QuantityEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit QuantityEdit(QWidget* parent = nullptr);
    void setAllowNegative(bool allow);
    /// "2.500"; "" when empty; the raw text when it is not a quantity (the server says why).
    QString value() const;
    void setValue(const QString& wire);
    bool isValid() const;

private:
    bool m_allowNegative = false;
};

/// The active warehouses by priority ("WH1 — Main warehouse"), loaded from the server; an
/// optional first entry for "all warehouses" (id 0).
class WarehouseBox final : public QComboBox
{
    Q_OBJECT
public:
    WarehouseBox(InventoryClient& client, const QString& allText, QWidget* parent = nullptr);
    qint64 warehouseId() const;
    /// Selects `id` now or once loaded.
    void setWarehouseId(qint64 id);
    bool isLoaded() const { return m_loaded; }
    void load();

signals:
    void loaded();
    void warehouseChanged(qint64 id);

private:
    InventoryClient& m_client;
    QString m_allText;
    qint64 m_wanted = 0;
    bool m_loaded = false;
};

/// Search-as-you-type over inventory.product.list (SKU, name or barcode): a line edit with a
/// popup of matches; choosing one sets product().
class ProductPicker final : public QLineEdit
{
    Q_OBJECT
public:
    ProductPicker(InventoryClient& client, QWidget* parent = nullptr);
    /// The chosen product's list row ({} when none).
    QJsonObject product() const { return m_product; }
    qint64 productId() const;
    void setProduct(const QJsonObject& row);
    void clearProduct();
    QCompleter* completer() const { return m_completer; }
    /// Number of matches of the last search (tests).
    int matchCount() const;

    static QString label(const QJsonObject& row);

signals:
    void productChosen(const QJsonObject& row);

private:
    void search();
    void chosen(const QModelIndex& index);

    InventoryClient& m_client;
    QStandardItemModel* m_matches;
    QCompleter* m_completer;
    QTimer m_timer;
    QJsonObject m_product;
    quint64 m_generation = 0;
};

/// Draws cells with the list padding and tints whole rows a predicate picks (e.g. low stock
/// in amber, count differences in red) so the eye finds them.
class RowTintDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `tint` returns an invalid colour for rows drawn normally.
    RowTintDelegate(std::function<QColor(const QModelIndex&)> tint, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    /// Editors for some cells (e.g. a QuantityEdit); null from `factory`: the default editor.
    void setEditorFactory(std::function<QWidget*(QWidget* parent, const QModelIndex&)> factory);
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

    /// A soft background of the tone colour, readable in light and dark palettes.
    static QColor soft(const QColor& tone);

private:
    std::function<QColor(const QModelIndex&)> m_tint;
    std::function<QWidget*(QWidget*, const QModelIndex&)> m_editors;
};

} // namespace Erp::Client::Inventory
