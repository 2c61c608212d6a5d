#pragma once

#include <QList>

class QWidget;

namespace Erp::Client {

class ApiClient;
class ModulePage;

/// Builds the tab of every module the logged-in user may use, in menu order. A module without
/// any permitted part gets no tab (never an empty placeholder).
QList<ModulePage*> createModulePages(ApiClient& api, QWidget* parent);

} // namespace Erp::Client
