#pragma once

#include "app/widgets/formdialog.h"

#include <QJsonObject>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Erp::Client::Print {
class PrintMenu;
}

namespace Erp::Client::Inventory {

class InventoryClient;
class WarehouseBox;

/// Starts a stock count: the warehouse and optionally one category (inventory.count.create).
class NewCountDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit NewCountDialog(InventoryClient& client, QWidget* parent = nullptr);
    WarehouseBox* warehouseBox() const { return m_warehouse; }
    QLineEdit* categoryEdit() const { return m_category; }

signals:
    void created(const QJsonObject& count);

protected:
    void save() override;

private:
    InventoryClient& m_client;
    WarehouseBox* m_warehouse;
    QLineEdit* m_category;
};

/// One stock count: the expected quantities snapshot, a Counted column to type into (type a
/// number, Enter goes to the next line), differences computed as you type and tinted (short
/// red, surplus amber), Save, Post (every difference becomes an adjustment) and Cancel Count.
class CountDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum ColumnIndex { SkuCol, NameCol, ExpectedCol, CountedCol, DifferenceCol, ColumnCount };

    CountDialog(InventoryClient& client, const QJsonObject& count, QWidget* parent = nullptr);

    const QJsonObject& count() const { return m_count; }
    QTableWidget* table() const { return m_table; }
    QPushButton* postButton() const { return m_post; }
    QPushButton* cancelCountButton() const { return m_cancelCount; }
    QCheckBox* differencesOnly() const { return m_differencesOnly; }
    /// Print: the count sheet with a blank Counted column (Ctrl+P).
    Print::PrintMenu* printMenu() const { return m_print; }
    /// Types a counted quantity (locale text) into the line of `row`, as the clerk would.
    void setCounted(int row, const QString& text);
    /// Lines with a counted quantity different from the expected one.
    int differenceCount() const;
    /// Saves the counted quantities, then posts the count after asking.
    void post();
    void cancelCount();

signals:
    /// The count changed on the server (saved, posted or cancelled).
    void changed(const QJsonObject& count);

protected:
    void save() override;
    void reload() override;
    QString conflictText() const override;

private:
    void showCount(const QJsonObject& count);
    void updateDifference(int row);
    void updateSummary();
    void applyDifferencesOnly();
    QJsonArray countedLines() const;
    void sendCounts(std::function<void()> then);
    void finish(const QString& verb);

    InventoryClient& m_client;
    Print::PrintMenu* m_print = nullptr;
    QJsonObject m_count;
    QLabel* m_header;
    QLabel* m_summary;
    QCheckBox* m_differencesOnly;
    QTableWidget* m_table;
    QPushButton* m_post;
    QPushButton* m_cancelCount;
    bool m_filling = false;
};

} // namespace Erp::Client::Inventory
