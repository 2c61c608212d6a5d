#include "app/pages/finance/voucherprint.h"

namespace Erp::Client::Finance {

void VoucherPrint::printEntry(ApiClient&, const QJsonObject&, const AccountCache&, QWidget*) {}

} // namespace Erp::Client::Finance
