-- Sales orders (module sales): orders, their lines, the timeline, shipments and returns
-- (docs/OMS.md). Money in minor units, quantities in thousandths, rates in hundredths of a
-- percent, all BIGINT. Stock itself (reservations, moves) belongs to inventory; an order line's
-- allocated_qty is what was ever reserved for it (shipped included), so its open reservation is
-- allocated_qty - shipped_qty. Timestamps of each state feed sales.report.metrics.

CREATE TABLE sales_orders (
    id ${ID},
    number TEXT NOT NULL UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    shipping_address TEXT NOT NULL DEFAULT '',
    order_date TEXT NOT NULL,
    requested_date TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'phone',
    external_ref TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'CNY',
    net BIGINT NOT NULL DEFAULT 0,
    tax BIGINT NOT NULL DEFAULT 0,
    gross BIGINT NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted', 'approved', 'rejected', 'allocated', 'picking', 'shipped', 'delivered', 'completed', 'cancelled')),
    review_reasons TEXT NOT NULL DEFAULT '[]',
    reject_reason TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT '',
    amendments INTEGER NOT NULL DEFAULT 0,
    has_backorder INTEGER NOT NULL DEFAULT 0,
    has_return INTEGER NOT NULL DEFAULT 0,
    submitted_at TEXT,
    approved_at TEXT,
    allocated_at TEXT,
    shipped_at TEXT,
    delivered_at TEXT,
    completed_at TEXT,
    cancelled_at TEXT,
    created_by BIGINT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

-- An order from a sales channel is imported once: (channel, external_ref) is unique.
CREATE UNIQUE INDEX sales_orders_external ON sales_orders (channel, external_ref) WHERE external_ref <> ''

-- The order list: by state and date (the usual view), by date, by customer.
CREATE INDEX sales_orders_state_date ON sales_orders (state, order_date, id)

CREATE INDEX sales_orders_date ON sales_orders (order_date, id)

CREATE INDEX sales_orders_customer ON sales_orders (customer_id, state)

CREATE INDEX sales_orders_updated ON sales_orders (updated_at, id)

-- Allocated orders still waiting for stock, oldest first (the arrival listener's queue).
CREATE INDEX sales_orders_backorder ON sales_orders (allocated_at, id) WHERE has_backorder = 1

CREATE TABLE sales_order_lines (
    id ${ID},
    order_id BIGINT NOT NULL REFERENCES sales_orders (id),
    position INTEGER NOT NULL,
    product_id BIGINT NOT NULL REFERENCES products (id),
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT 'pcs',
    qty BIGINT NOT NULL CHECK (qty > 0),
    unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
    discount_pct BIGINT NOT NULL DEFAULT 0 CHECK (discount_pct >= 0 AND discount_pct <= 10000),
    tax_rate BIGINT NOT NULL DEFAULT 1300 CHECK (tax_rate >= 0),
    net BIGINT NOT NULL,
    tax BIGINT NOT NULL,
    gross BIGINT NOT NULL,
    allocated_qty BIGINT NOT NULL DEFAULT 0,
    shipped_qty BIGINT NOT NULL DEFAULT 0,
    returned_qty BIGINT NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    CHECK (allocated_qty >= 0 AND allocated_qty <= qty AND shipped_qty >= 0 AND shipped_qty <= allocated_qty AND returned_qty >= 0 AND returned_qty <= shipped_qty)
)

CREATE INDEX sales_order_lines_order ON sales_order_lines (order_id, position)

CREATE INDEX sales_order_lines_product ON sales_order_lines (product_id, order_id)

-- The timeline of an order: every step, who and when.
CREATE TABLE sales_order_events (
    id ${ID},
    order_id BIGINT NOT NULL REFERENCES sales_orders (id),
    at TEXT NOT NULL,
    by_user TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT NOT NULL DEFAULT '',
    to_state TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
)

CREATE INDEX sales_order_events_order ON sales_order_events (order_id, id)

CREATE TABLE sales_shipments (
    id ${ID},
    order_id BIGINT NOT NULL REFERENCES sales_orders (id),
    number TEXT NOT NULL UNIQUE,
    carrier TEXT NOT NULL DEFAULT '',
    tracking TEXT NOT NULL DEFAULT '',
    shipped_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
)

CREATE INDEX sales_shipments_order ON sales_shipments (order_id, id)

CREATE TABLE sales_shipment_lines (
    id ${ID},
    shipment_id BIGINT NOT NULL REFERENCES sales_shipments (id),
    order_line_id BIGINT NOT NULL REFERENCES sales_order_lines (id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    qty BIGINT NOT NULL CHECK (qty > 0)
)

CREATE INDEX sales_shipment_lines_shipment ON sales_shipment_lines (shipment_id)

CREATE INDEX sales_shipment_lines_line ON sales_shipment_lines (order_line_id)

CREATE TABLE sales_returns (
    id ${ID},
    order_id BIGINT NOT NULL REFERENCES sales_orders (id),
    number TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
)

CREATE INDEX sales_returns_order ON sales_returns (order_id, id)

CREATE TABLE sales_return_lines (
    id ${ID},
    return_id BIGINT NOT NULL REFERENCES sales_returns (id),
    order_line_id BIGINT NOT NULL REFERENCES sales_order_lines (id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    qty BIGINT NOT NULL CHECK (qty > 0),
    disposition TEXT NOT NULL CHECK (disposition IN ('restock', 'scrap'))
)

CREATE INDEX sales_return_lines_return ON sales_return_lines (return_id)
