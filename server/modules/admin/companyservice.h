#pragma once

#include "server/modules/admin/companyrepository.h"

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Admin {

/// The company profile (admin.company.*): the header of every printed document, the base
/// currency, the fiscal year and the VAT status.
class CompanyService final
{
public:
    /// The profile; the logo travels as base64 (`logo`, `logo_type`).
    QJsonObject get(Rpc::CallContext& ctx) const;
    /// The profile as stored (for other modules: base currency, fiscal year, VAT status).
    CompanyProfile profile(Rpc::CallContext& ctx) const;
    /// Changes the fields given in `params` (others stay) at `params.version`: -32009 when the
    /// profile changed meanwhile, -32022 with field errors (tax id checksum, currency, logo
    /// size and type, ...). Audited; event.changed admin.company.
    QJsonObject update(Rpc::CallContext& ctx, const QJsonObject& params) const;
    /// First start: a profile without a name gets `name` ("My Company" when empty).
    void nameIfUnnamed(Rpc::CallContext& ctx, const QString& name) const;

    static const QString Entity;
};

} // namespace Erp::Server::Admin
