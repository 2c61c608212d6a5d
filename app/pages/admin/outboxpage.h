#pragma once

#include "app/widgets/listpage.h"

class QAction;
class QComboBox;
class QPlainTextEdit;

namespace Erp::Client {
class ApiClient;
}

namespace Erp::Client::Admin {

/// The e-mail outbox (mail.outbox.*): what was queued for customers, whether it went out,
/// why it did not; a queued or failed message can be sent again now.
class OutboxPage final : public ListPage
{
    Q_OBJECT
public:
    OutboxPage(ApiClient& api, QWidget* parent = nullptr);

    QAction* retryAction() const { return m_retry; }
    QPlainTextEdit* bodyView() const { return m_body; }
    /// Sends the selected message again.
    void retryCurrent();

protected:
    bool hasActiveFilter() const override;

private:
    void showMessageBody(const QJsonObject& row);
    void updateActions();

    ApiClient& m_api;
    QComboBox* m_state;
    QPlainTextEdit* m_body;
    QAction* m_retry = nullptr;
};

} // namespace Erp::Client::Admin
