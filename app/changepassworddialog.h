#pragma once

#include "app/widgets/formdialog.h"

class QLineEdit;

namespace Erp::Client {

class ApiClient;

/// Lets the logged-in user change their own password (auth.change_password).
class ChangePasswordDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(ApiClient& api, QWidget* parent = nullptr);

protected:
    void save() override;

private:
    ApiClient& m_api;
    QLineEdit* m_old;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
};

} // namespace Erp::Client
