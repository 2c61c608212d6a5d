-- Purchasing (module purchasing): suppliers, purchase orders and goods receipts (docs/OMS.md).
-- Suppliers are their own master, apart from customers. Money in minor units, quantities in
-- thousandths, rates in hundredths of a percent, all BIGINT. Stock itself moves only through the
-- inventory module's StockService: a receipt here records which moves it posted.

CREATE TABLE suppliers (
    id ${ID},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    tax_id TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'CNY',
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    lead_time_days INTEGER NOT NULL DEFAULT 7,
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (payment_terms_days >= 0 AND lead_time_days >= 0)
)

CREATE UNIQUE INDEX suppliers_tax_id ON suppliers (tax_id) WHERE tax_id <> ''

CREATE INDEX suppliers_name ON suppliers (name, id)

CREATE INDEX suppliers_active_name ON suppliers (active, name, id)

CREATE TABLE purchase_orders (
    id ${ID},
    number TEXT NOT NULL UNIQUE,
    supplier_id BIGINT NOT NULL REFERENCES suppliers (id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    order_date TEXT NOT NULL,
    expected_date TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'CNY',
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'sent', 'confirmed', 'partially_received', 'received', 'cancelled')),
    net BIGINT NOT NULL DEFAULT 0,
    tax BIGINT NOT NULL DEFAULT 0,
    gross BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by BIGINT,
    sent_at TEXT,
    confirmed_at TEXT,
    received_at TEXT,
    cancelled_at TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX purchase_orders_date ON purchase_orders (order_date, id)

CREATE INDEX purchase_orders_expected ON purchase_orders (expected_date, id)

CREATE INDEX purchase_orders_state ON purchase_orders (state, order_date, id)

CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id, order_date, id)

CREATE INDEX purchase_orders_warehouse ON purchase_orders (warehouse_id, state)

CREATE INDEX purchase_orders_gross ON purchase_orders (gross, id)

-- A line never receives more than was ordered, whatever the service does.
CREATE TABLE purchase_order_lines (
    id ${ID},
    order_id BIGINT NOT NULL REFERENCES purchase_orders (id),
    position INTEGER NOT NULL,
    product_id BIGINT NOT NULL REFERENCES products (id),
    qty BIGINT NOT NULL,
    unit_cost BIGINT NOT NULL,
    tax_rate BIGINT NOT NULL,
    net BIGINT NOT NULL,
    tax BIGINT NOT NULL,
    gross BIGINT NOT NULL,
    received_qty BIGINT NOT NULL DEFAULT 0,
    CHECK (qty > 0 AND unit_cost >= 0 AND tax_rate >= 0 AND received_qty >= 0 AND received_qty <= qty)
)

CREATE INDEX purchase_order_lines_order ON purchase_order_lines (order_id, position)

CREATE INDEX purchase_order_lines_product ON purchase_order_lines (product_id)

CREATE TABLE purchase_receipts (
    id ${ID},
    number TEXT NOT NULL UNIQUE,
    order_id BIGINT NOT NULL REFERENCES purchase_orders (id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    location_id BIGINT REFERENCES warehouse_locations (id),
    notes TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    received_by BIGINT,
    received_by_name TEXT NOT NULL DEFAULT ''
)

CREATE INDEX purchase_receipts_order ON purchase_receipts (order_id, id)

CREATE TABLE purchase_receipt_lines (
    id ${ID},
    receipt_id BIGINT NOT NULL REFERENCES purchase_receipts (id),
    order_line_id BIGINT NOT NULL REFERENCES purchase_order_lines (id),
    product_id BIGINT NOT NULL REFERENCES products (id),
    qty BIGINT NOT NULL CHECK (qty > 0),
    move_id BIGINT NOT NULL REFERENCES stock_moves (id)
)

CREATE INDEX purchase_receipt_lines_receipt ON purchase_receipt_lines (receipt_id, id)

CREATE INDEX purchase_receipt_lines_line ON purchase_receipt_lines (order_line_id)
