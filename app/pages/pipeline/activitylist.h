#pragma once

#include "app/pages/pipeline/pipelineclient.h"

#include <QDialog>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace Erp::Client::Pipeline {

/// An activity: kind, subject, due date and time, result, done; linked to a customer (and,
/// when opened from one, an opportunity).
class ActivityDialog final : public QDialog
{
    Q_OBJECT
public:
    ActivityDialog(const PipelineClient& client, const QJsonObject& activity,
                   QWidget* parent = nullptr);
    QLineEdit* subjectEdit() const { return m_subject; }
    QDateTimeEdit* dueEdit() const { return m_due; }
    QCheckBox* doneBox() const { return m_done; }
    void save();

signals:
    void saved();

private:
    PipelineClient m_client;
    QJsonObject m_activity;
    QComboBox* m_kind;
    QLineEdit* m_subject;
    QDateTimeEdit* m_due;
    QPlainTextEdit* m_result;
    QCheckBox* m_done;
    QLabel* m_error;
};

/// My activities: the caller's open activities, overdue ones first and in red; New (Ctrl+N),
/// Enter opens, Done marks the selected one done.
class ActivityList final : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityList(ApiClient& api, QWidget* parent = nullptr);
    void refresh();
    void openActivity(int row);
    QTableWidget* table() const { return m_table; }
    QAction* newAction() const { return m_new; }

signals:
    void loaded();
    void dialogOpened(QDialog* dialog);

private:
    PipelineClient m_client;
    QTableWidget* m_table;
    QAction* m_new;
    QList<QJsonObject> m_rows;
};

} // namespace Erp::Client::Pipeline
