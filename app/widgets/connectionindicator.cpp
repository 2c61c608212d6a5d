#include "app/widgets/connectionindicator.h"

#include "app/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace Erp::Client {

class ConnectionIndicator::Dot final : public QWidget
{
public:
    explicit Dot(QWidget* parent)
        : QWidget(parent)
    {
        setFixedSize(12, 12);
    }
    void setColour(const QColor& c)
    {
        m_colour = c;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(m_colour.darker(130));
        p.setBrush(m_colour);
        p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    }

private:
    QColor m_colour;
};

ConnectionIndicator::ConnectionIndicator(ApiClient& api, QWidget* parent)
    : QWidget(parent)
    , m_api(api)
    , m_state(api.state())
    , m_dot(new Dot(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    connect(&api, &ApiClient::stateChanged, this, &ConnectionIndicator::setState);
    connect(&api, &ApiClient::connectionLost, this,
            [this](const QString& reason) { setToolTip(reason); });
    m_state = ApiClient::State(-1);
    setState(api.state());
}

QString ConnectionIndicator::text() const
{
    return m_label->text();
}

QColor ConnectionIndicator::colour() const
{
    switch (m_state) {
    case ApiClient::State::Connected:
    case ApiClient::State::LoggedIn:
        return Theme::toneColor(Column::Tone::Done);
    case ApiClient::State::Connecting:
    case ApiClient::State::Reconnecting:
        return Theme::toneColor(Column::Tone::Waiting);
    case ApiClient::State::Disconnected:
        break;
    }
    return Theme::toneColor(Column::Tone::Problem);
}

void ConnectionIndicator::setState(ApiClient::State state)
{
    if (state == m_state)
        return;
    m_state = state;
    const bool local = m_api.isLocal();
    switch (state) {
    case ApiClient::State::Connected:
    case ApiClient::State::LoggedIn:
        m_label->setText(local ? tr("Local file") : tr("Connected"));
        setToolTip(local ? tr("Working on a company file on this computer.")
                         : tr("Connected to the server."));
        break;
    case ApiClient::State::Connecting:
        m_label->setText(tr("Connecting…"));
        break;
    case ApiClient::State::Reconnecting:
        m_label->setText(tr("Reconnecting…"));
        break;
    case ApiClient::State::Disconnected:
        m_label->setText(tr("Offline"));
        break;
    }
    m_dot->setColour(colour());
}

} // namespace Erp::Client
