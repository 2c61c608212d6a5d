#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Crm {

class CustomerService;

/// Bulk export of customers in one flat row shape (one contact, one address), so an exported
/// file imports again unchanged (the import is customerimport.h, through platform.import). CSV is
/// UTF-8 with a byte order mark (Excel); XLSX via libxlsxwriter.
class CustomerTransfer final
{
public:
    explicit CustomerTransfer(CustomerService& service)
        : m_service(service)
    {}

    /// {filter?, search?, sort?, ids?, format: csv|xlsx} -> {format, filename, mime, rows,
    /// content_base64}. At most MaxExportRows rows (-32030 beyond: narrow the filter).
    QJsonObject exportRows(Rpc::CallContext& ctx, const QJsonObject& params);

    static constexpr int MaxExportRows = 100000;

    /// The flat columns, in file order.
    static const QStringList& columns();

private:
    CustomerService& m_service;
};

} // namespace Erp::Server::Crm
