#pragma once

#include <QJsonObject>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Server::Crm {

class CustomerService;

/// Bulk import and export of customers in one flat row shape (one contact, one address), so an
/// exported file imports again unchanged. CSV is UTF-8 with a byte order mark (Excel); XLSX via
/// libxlsxwriter.
class CustomerTransfer final
{
public:
    explicit CustomerTransfer(CustomerService& service)
        : m_service(service)
    {}

    /// {rows | csv, mapping?, dry_run?, update_existing?} -> {total, created, updated, failed,
    /// errors: [{row, fields}]}. A dry run checks everything (also codes repeated inside the file)
    /// and writes nothing. A real import writes all rows or none: any row error fails the call
    /// with -32022 and data.rows.
    QJsonObject importRows(Rpc::CallContext& ctx, const QJsonObject& params);

    /// {filter?, search?, sort?, ids?, format: csv|xlsx} -> {format, filename, mime, rows,
    /// content_base64}. At most MaxExportRows rows (-32030 beyond: narrow the filter).
    QJsonObject exportRows(Rpc::CallContext& ctx, const QJsonObject& params);

    static constexpr int MaxImportRows = 5000;
    static constexpr int MaxExportRows = 100000;

    /// The flat columns, in file order.
    static const QStringList& columns();

private:
    CustomerService& m_service;
};

} // namespace Erp::Server::Crm
