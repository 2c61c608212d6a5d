#pragma once

#include "server/modules/purchasing/supplier.h"

#include <QList>

namespace Erp::Server::Purchasing {

/// The demo company's suppliers: Chinese and foreign firms, codes generated.
QList<Supplier> demoSuppliers();

} // namespace Erp::Server::Purchasing
