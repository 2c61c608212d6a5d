#pragma once

#include "server/platform/importentity.h"

#include <QMap>

namespace Erp::Platform {

/// Every importable entity, registered by the modules (Module::registerImports) at start-up and
/// read-only afterwards.
class ImportRegistry final
{
public:
    void add(ImportEntity entity) { m_entities.insert(entity.name, std::move(entity)); }
    const ImportEntity* find(const QString& name) const
    {
        const auto it = m_entities.constFind(name);
        return it == m_entities.cend() ? nullptr : &it.value();
    }
    QList<const ImportEntity*> all() const
    {
        QList<const ImportEntity*> out;
        for (const ImportEntity& e : m_entities)
            out.append(&e);
        return out;
    }

private:
    QMap<QString, ImportEntity> m_entities;
};

} // namespace Erp::Platform
