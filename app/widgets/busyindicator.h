#pragma once

#include <QTimer>
#include <QWidget>

namespace Erp::Client {

/// A small spinning arc shown while the server is working on a request. It keeps its size
/// when idle so that nothing around it jumps.
class BusyIndicator final : public QWidget
{
    Q_OBJECT
public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void setRunning(bool running);
    bool isRunning() const { return m_timer.isActive(); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QTimer m_timer;
    int m_angle = 0;
};

} // namespace Erp::Client
