#pragma once

#include <QFrame>
#include <QList>

class QCommandLinkButton;
class QLabel;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Dashboard {

/// The first-day checklist of a company that has not taken an order yet: create a warehouse,
/// add products, put opening stock in, add customers, take the first order, invite colleagues.
/// Each step the user may do is a link to the place where it is done, ticked once the store
/// has what it asks for (counted with the list methods, limit 1).
class GettingStarted final : public QFrame
{
    Q_OBJECT
public:
    explicit GettingStarted(ApiClient& api, QWidget* parent = nullptr);

    /// Counts again; `checked` follows.
    void refresh();
    /// True while the company has taken no order yet (or, for someone who cannot see orders,
    /// while a step of theirs is open) — the dashboard then shows this instead of its charts.
    bool isNeeded() const { return m_needed; }
    /// How many of the shown steps are done / shown.
    int doneCount() const;
    int stepCount() const { return int(m_steps.size()); }
    /// The link of the step leading to `target` (tests), or null.
    QCommandLinkButton* link(const QString& target) const;
    bool isDone(const QString& target) const;

signals:
    void navigateRequested(const QString& target);
    /// Every count answered (isNeeded() and isDone() are current).
    void checked();

private:
    struct Step
    {
        QString method;    ///< list method counted
        qint64 doneAt = 1; ///< total at which the step is done
        QString target;    ///< where the link leads
        QCommandLinkButton* button = nullptr;
        bool done = false;
    };
    void addStep(const QString& readPermission, const QString& writePermission,
                 const QString& method, qint64 doneAt, const QString& target, const QString& text,
                 const QString& description);
    void showDone(Step& step, bool done);

    ApiClient& m_api;
    QLabel* m_summary;
    QList<Step> m_steps;
    int m_pending = 0;
    bool m_needed = false;
    bool m_ordersVisible = false;
    bool m_ordersTaken = false;
};

} // namespace Erp::Client::Dashboard
