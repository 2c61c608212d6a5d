#pragma once

#include "server/modules/crm/customer.h"

class QRandomGenerator;

namespace Erp::Server::Crm {

/// A realistic customer for the demo company and the benchmark generator: Chinese and English
/// companies and individuals spread over provinces, with contacts, addresses and tags. `index`
/// makes code and tax id unique; `rng` varies the rest deterministically.
Customer demoCustomer(int index, QRandomGenerator& rng);

} // namespace Erp::Server::Crm
