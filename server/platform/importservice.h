#pragma once

#include "server/platform/importregistry.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>

namespace Erp::Rpc {
struct CallContext;
}

namespace Erp::Platform {

struct ImportJob;
class ImportRepository;

/// The staged import of any registered entity (platform.import.*):
///   start {entity, options} -> job; append {job, rows} checks each batch like a dry run (every
///   problem by row and column, nothing written but the staged rows); commit {job} applies every
///   staged row in ONE transaction or none; cancel {job}. Jobs belong to the user who started
///   them and expire. Rows never travel in one message, so a file of a million rows needs
///   neither a million-row message nor a million-row buffer.
class ImportService final
{
public:
    /// Makes an entity importable (modules call it from Module::registerImports).
    void add(ImportEntity entity) { m_registry.add(std::move(entity)); }
    const ImportRegistry& registry() const { return m_registry; }
    /// Whether a module is switched on for the company (Admin ▸ Modules): an entity belongs
    /// to the module its name starts with ("sales.order" → sales); a switched-off module's
    /// entities are not listed and not imported. Unset: every module is on.
    void setModuleSwitch(std::function<bool(const QString& module)> enabled)
    {
        m_moduleEnabled = std::move(enabled);
    }

    static constexpr int MaxBatchRows = 5000;
    static constexpr int DefaultLifetimeSeconds = 24 * 3600;
    static constexpr int MaxProblemsReported = 1000; ///< per call; counts are always complete

    /// The entities the caller may import, with their columns.
    QJsonObject entities(Rpc::CallContext& ctx) const;
    /// -32004 for an unknown entity; -32003 without the entity's import permission.
    QJsonObject start(Rpc::CallContext& ctx, const QString& entity, const QJsonObject& options);
    /// rows: [{row?, values: {column: value}}] (row = the file's data row, increasing).
    /// -> {job, rows, staged, problems: [{row, column, code, message, message_id, args}],
    /// problem_count, skipped_blank}. -32030 for a job that is not open (committed, cancelled,
    /// expired); -32004 for an unknown job or another user's.
    QJsonObject append(Rpc::CallContext& ctx, qint64 jobId, const QJsonArray& rows);
    /// -> {job, total, created, updated, unchanged}. Any problem (staged or found while writing)
    /// fails the whole file with -32022 (data.rows) and writes nothing.
    QJsonObject commit(Rpc::CallContext& ctx, qint64 jobId);
    QJsonObject cancel(Rpc::CallContext& ctx, qint64 jobId);

    /// A small file in one call (scripts; crm.customer.import): start, append, then commit —
    /// or, for a dry run, the report without writing anything.
    QJsonObject runInline(Rpc::CallContext& ctx, const QString& entity, const QJsonArray& rows,
                          const QJsonObject& options, bool dryRun);

private:
    const ImportEntity& entityFor(Rpc::CallContext& ctx, const QString& name) const;
    ImportJob openJob(Rpc::CallContext& ctx, ImportRepository& repo, qint64 jobId) const;

    ImportRegistry m_registry;
    std::function<bool(const QString& module)> m_moduleEnabled;
};

} // namespace Erp::Platform
