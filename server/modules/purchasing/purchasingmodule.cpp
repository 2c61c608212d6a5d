#include "server/modules/purchasing/purchasingmodule.h"

#include "server/rpc/callcontext.h"

namespace Erp::Server::Purchasing {

void PurchasingModule::loadDemo(Rpc::CallContext& ctx)
{
    (void)ctx;
}

} // namespace Erp::Server::Purchasing
