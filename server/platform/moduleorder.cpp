#include "server/platform/moduleorder.h"

#include <QHash>

#include <stdexcept>

namespace Erp::Server {

namespace {

[[noreturn]] void fail(const QString& message)
{
    throw std::runtime_error(message.toStdString());
}

} // namespace

QList<int> startOrder(const QList<ModuleDeclaration>& modules)
{
    QHash<QString, int> index;
    for (int i = 0; i < modules.size(); ++i) {
        if (index.contains(modules[i].name))
            fail(QStringLiteral("two modules are named \"%1\"").arg(modules[i].name));
        index.insert(modules[i].name, i);
    }
    // before[i]: the modules that must start before module i.
    QList<QList<int>> before(modules.size());
    for (int i = 0; i < modules.size(); ++i) {
        for (const QString& dep : modules[i].dependencies) {
            if (!index.contains(dep))
                fail(QStringLiteral("module \"%1\" depends on \"%2\", which does not exist")
                         .arg(modules[i].name, dep));
            before[i].append(index.value(dep));
        }
        for (const QString& other : modules[i].startsAfter)
            if (index.contains(other))
                before[i].append(index.value(other));
    }
    // Kahn's algorithm, always taking the first ready module in the given order.
    QList<int> order;
    QList<bool> placed(modules.size(), false);
    while (order.size() < modules.size()) {
        int next = -1;
        for (int i = 0; i < modules.size() && next < 0; ++i) {
            if (placed[i])
                continue;
            bool ready = true;
            for (int b : before[i])
                ready = ready && placed[b];
            if (ready)
                next = i;
        }
        if (next < 0) {
            QStringList stuck;
            for (int i = 0; i < modules.size(); ++i)
                if (!placed[i])
                    stuck.append(modules[i].name);
            fail(QStringLiteral("the module dependencies form a cycle among: %1")
                     .arg(stuck.join(QStringLiteral(", "))));
        }
        placed[next] = true;
        order.append(next);
    }
    return order;
}

} // namespace Erp::Server
