-- Users, roles and login sessions (module admin).

CREATE TABLE roles (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    permissions TEXT NOT NULL DEFAULT '[]',
    builtin INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE TABLE users (
    id ${ID},
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    last_login_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id),
    role_id BIGINT NOT NULL REFERENCES roles (id),
    PRIMARY KEY (user_id, role_id)
)

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
)

CREATE INDEX sessions_user ON sessions (user_id)

INSERT INTO roles (name, description, permissions, builtin) VALUES
    ('admin', 'Everything, including users, roles and the audit trail', '["*"]', 1),
    ('manager', 'Reads and approves everything outside administration; keeps customers', '["*.read", "*.approve", "crm.*", "!admin.*"]', 1),
    ('sales', 'Customers (CRM) and sales orders', '["crm.*", "sales.*", "inventory.product.read", "inventory.stock.read"]', 1),
    ('warehouse', 'Inventory, shipping and receiving', '["inventory.*", "crm.customer.read", "sales.order.read", "sales.order.ship", "purchasing.order.read", "purchasing.order.receive"]', 1),
    ('purchasing', 'Suppliers, purchase orders and replenishment', '["purchasing.*", "inventory.product.read", "inventory.stock.read"]', 1),
    ('accountant', 'Finance: ledger, invoices and payments', '["finance.*", "crm.customer.read", "sales.order.read", "purchasing.order.read"]', 1),
    ('hr', 'Human resources, salaries included', '["hr.*"]', 1)
