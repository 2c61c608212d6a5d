#pragma once

#include "common/jsonrpc.h"

namespace Erp::Server::Admin {

/// Field rules shared by user creation, password changes and resets.
void checkUsername(Rpc::FieldErrors& errors, const QString& username);
void checkPassword(Rpc::FieldErrors& errors, const QString& field, const QString& password);
void checkEmail(Rpc::FieldErrors& errors, const QString& email);
void checkRoleName(Rpc::FieldErrors& errors, const QString& name);

constexpr int MinPasswordLength = 8;
constexpr int MaxPasswordLength = 256;

} // namespace Erp::Server::Admin
