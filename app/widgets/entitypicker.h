#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QTimer>

#include <functional>

class QCompleter;
class QStandardItemModel;

namespace Erp::Client {

class ApiClient;

/// A search-as-you-type field that picks one record of any list method (a customer, a
/// product): typing asks the server (`{search, limit}`) after a short pause and offers the
/// matches in a popup; Enter picks the exact match (e.g. the SKU or barcode typed in full) or
/// the only one, otherwise opens the popup. Editing the text after a pick drops the pick.
class EntityPicker final : public QLineEdit
{
    Q_OBJECT
public:
    using RowText = std::function<QString(const QJsonObject& row)>;
    using RowTest = std::function<bool(const QJsonObject& row, const QString& text)>;

    EntityPicker(ApiClient& api, QString method, QWidget* parent = nullptr);
    ~EntityPicker() override;

    /// The text of a match in the popup (default: the row's "name").
    void setRowText(RowText f) { m_rowText = std::move(f); }
    /// The text the field shows once a row is picked (default: the popup text).
    void setPickedText(RowText f) { m_pickedText = std::move(f); }
    /// Whether a row is exactly what was typed (default: its picked text, ignoring case).
    void setExactMatch(RowTest f) { m_exact = std::move(f); }
    /// Extra parameters of every request (e.g. a filter).
    void setParams(const QJsonObject& params) { m_params = params; }
    /// Rows offered (default 20).
    void setLimit(int rows) { m_limit = rows; }
    /// Rows of a reply are passed through this (e.g. to drop archived records).
    void setRowFilter(std::function<bool(const QJsonObject&)> f) { m_filter = std::move(f); }

    /// The picked row (empty when none).
    QJsonObject current() const { return m_current; }
    qint64 currentId() const;
    bool hasCurrent() const { return !m_current.isEmpty(); }
    /// Shows `row` as picked without asking the server or emitting picked().
    void setCurrent(const QJsonObject& row);
    void clearCurrent();
    /// Picks the exact or only match of the text (asking the server when needed); opens the
    /// popup when several match. picked() or noMatch() follows.
    void resolve();
    bool isSearching() const { return m_searching; }
    /// The matches of the last reply.
    QJsonArray matches() const { return m_matches; }
    /// True while the matches are offered in the popup.
    bool isPopupVisible() const;

signals:
    void picked(const QJsonObject& row);
    /// The pick was dropped because the user edited the text.
    void cleared();
    /// resolve() found nothing for `text`.
    void noMatch(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void search();
    void received(quint64 request, const QString& text, const QJsonArray& rows);
    void pick(const QJsonObject& row);
    bool tryResolve();
    QString rowText(const QJsonObject& row) const;
    QString pickedText(const QJsonObject& row) const;

    ApiClient& m_api;
    QString m_method;
    QJsonObject m_params;
    int m_limit = 20;
    RowText m_rowText;
    RowText m_pickedText;
    RowTest m_exact;
    std::function<bool(const QJsonObject&)> m_filter;
    QCompleter* m_completer;
    QStandardItemModel* m_model;
    QTimer m_timer;
    QJsonObject m_current;
    QJsonArray m_matches;
    QString m_matchesFor; ///< the text the matches answer
    quint64 m_request = 0;
    bool m_searching = false;
    bool m_resolvePending = false;
};

} // namespace Erp::Client
