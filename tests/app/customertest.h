#pragma once

// Helpers of the customer widget tests (app.customers_*).
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <functional>

namespace Erp::Client::Test {

/// Runs `step` on the next modal dialog of type T once it is open (polls the event loop).
template <typename T>
void whenModal(std::function<void(T*)> step, int triesLeft = 400)
{
    QTimer::singleShot(25, [step, triesLeft] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget()))
            step(dialog);
        else if (triesLeft > 0)
            whenModal<T>(step, triesLeft - 1);
    });
}

/// Clicks the button with `text` of the next message box and remembers its text.
inline void answerMessageBox(const QString& button, QString* seen = nullptr)
{
    whenModal<QMessageBox>([button, seen](QMessageBox* box) {
        if (seen)
            *seen = box->text();
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == button) {
                b->click();
                return;
            }
        }
    });
}

/// Flat import rows "<prefix> 001".. with a phone, a contact (张伟 in the south), a city and
/// every 10th tagged VIP.
inline QJsonArray customerRows(const QString& prefix, int count, int firstNumber = 1)
{
    QJsonArray rows;
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        const bool south = i % 2 == 0;
        rows.append(QJsonObject{
            {QStringLiteral("name"),
             QStringLiteral("%1 %2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'))},
            {QStringLiteral("phone"), QStringLiteral("139%1").arg(10000000 + i)},
            {QStringLiteral("contact_name"),
             south ? QStringLiteral("张伟") : QStringLiteral("Li Lei")},
            {QStringLiteral("province"),
             south ? QStringLiteral("广东省") : QStringLiteral("上海市")},
            {QStringLiteral("city"), south ? QStringLiteral("深圳市") : QStringLiteral("上海市")},
            {QStringLiteral("tags"), i % 10 == 0 ? QStringLiteral("VIP") : QString()},
            {QStringLiteral("credit_limit"), QStringLiteral("%1000.00").arg(i)}});
    }
    return rows;
}

} // namespace Erp::Client::Test
