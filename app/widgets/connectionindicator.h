#pragma once

#include "app/net/apiclient.h"

#include <QWidget>

class QLabel;

namespace Erp::Client {

/// The status bar's connection light: a coloured dot and a word — connected (green),
/// connecting / reconnecting (amber), offline (red). Follows an ApiClient.
class ConnectionIndicator final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionIndicator(ApiClient& api, QWidget* parent = nullptr);

    ApiClient::State state() const { return m_state; }
    QString text() const;
    QColor colour() const;

private:
    void setState(ApiClient::State state);

    class Dot;
    ApiClient& m_api;
    ApiClient::State m_state;
    Dot* m_dot;
    QLabel* m_label;
};

} // namespace Erp::Client
