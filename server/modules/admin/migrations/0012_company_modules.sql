-- The company profile (one row), the modules the company switched off, and the default grants
-- the modules have given roles (docs/ARCHITECTURE.md "Company profile", "Modules on and off").

CREATE TABLE company (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT 'CN',
    tax_id TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    bank_name TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    logo TEXT NOT NULL DEFAULT '',
    logo_type TEXT NOT NULL DEFAULT '',
    base_currency TEXT NOT NULL DEFAULT 'CNY',
    fiscal_year_start_month INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start_month BETWEEN 1 AND 12),
    fiscal_year_start_day INTEGER NOT NULL DEFAULT 1 CHECK (fiscal_year_start_day BETWEEN 1 AND 31),
    vat_status TEXT NOT NULL DEFAULT 'general' CHECK (vat_status IN ('general', 'small_scale')),
    updated_at TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
)

-- An empty name: the first start after this migration names it (the company file's name in
-- local mode, "My Company" on a server).
INSERT INTO company (id) VALUES (1)

CREATE TABLE module_states (
    id ${ID},
    name TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
)

CREATE TABLE role_grants_seeded (
    role TEXT NOT NULL,
    grant_name TEXT NOT NULL,
    PRIMARY KEY (role, grant_name)
)

-- The grants migrations 0002 and 0008 gave the built-in roles count as given: a store that
-- already has them (or whose admin removed one) is not changed by the modules' declarations.
INSERT INTO role_grants_seeded (role, grant_name) VALUES
    ('admin', '*'),
    ('manager', '*.read'),
    ('manager', '*.approve'),
    ('manager', '!admin.*'),
    ('manager', 'crm.*'),
    ('sales', 'crm.*'),
    ('warehouse', 'crm.customer.read'),
    ('accountant', 'crm.customer.read'),
    ('sales', 'inventory.product.read'),
    ('sales', 'inventory.stock.read'),
    ('sales', 'inventory.warehouse.read'),
    ('warehouse', 'inventory.*'),
    ('warehouse', '!inventory.stock.repair'),
    ('purchasing', 'inventory.product.read'),
    ('purchasing', 'inventory.stock.read'),
    ('purchasing', 'inventory.warehouse.read'),
    ('purchasing', 'purchasing.*'),
    ('warehouse', 'purchasing.order.read'),
    ('warehouse', 'purchasing.order.receive'),
    ('warehouse', 'purchasing.supplier.read'),
    ('accountant', 'purchasing.order.read'),
    ('sales', 'sales.*'),
    ('sales', '!sales.order.approve'),
    ('warehouse', 'sales.order.read'),
    ('warehouse', 'sales.order.allocate'),
    ('warehouse', 'sales.order.ship'),
    ('warehouse', 'sales.order.deliver'),
    ('warehouse', 'sales.order.return'),
    ('accountant', 'sales.order.read')
