-- Inventory (module inventory): products, warehouses and the stock ledger (docs/OMS.md).
-- Money in minor units, quantities in thousandths, rates in hundredths of a percent, all BIGINT.
-- stock_moves is the ledger (append-only); stock_levels holds the balances derived from it and
-- from stock_reservations, kept in the same transaction as every move and reservation.

CREATE TABLE products (
    id ${ID},
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT 'pcs',
    barcode TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    list_price BIGINT NOT NULL DEFAULT 0,
    cost BIGINT NOT NULL DEFAULT 0,
    tax_rate BIGINT NOT NULL DEFAULT 1300,
    reorder_point BIGINT NOT NULL DEFAULT 0,
    reorder_qty BIGINT NOT NULL DEFAULT 0,
    default_supplier_id BIGINT,
    active INTEGER NOT NULL DEFAULT 1,
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (list_price >= 0 AND cost >= 0 AND tax_rate >= 0 AND reorder_point >= 0 AND reorder_qty >= 0)
)

-- SKUs are unique whatever their case: "ab-1" and "AB-1" are the same product.
CREATE UNIQUE INDEX products_sku ON products (lower(sku))

CREATE UNIQUE INDEX products_barcode ON products (barcode) WHERE barcode <> ''

CREATE INDEX products_name ON products (name, id)

CREATE INDEX products_sku_order ON products (sku, id)

CREATE INDEX products_category ON products (category, name, id)

CREATE INDEX products_active ON products (active, name, id)

CREATE INDEX products_supplier ON products (default_supplier_id)

-- sqlite: substring search (sku, name, barcode) through an FTS5 trigram index kept by triggers.
CREATE VIRTUAL TABLE products_fts USING fts5(search_text, content='products', content_rowid='id', tokenize='trigram')

-- sqlite
CREATE TRIGGER products_fts_insert AFTER INSERT ON products
BEGIN
    INSERT INTO products_fts (rowid, search_text) VALUES (new.id, new.search_text);
END

-- sqlite
CREATE TRIGGER products_fts_update AFTER UPDATE OF search_text ON products
BEGIN
    INSERT INTO products_fts (products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO products_fts (rowid, search_text) VALUES (new.id, new.search_text);
END

-- postgres: substring search through pg_trgm (the extension comes with migration 0003).
CREATE EXTENSION IF NOT EXISTS pg_trgm

-- postgres
CREATE INDEX products_search ON products USING gin (search_text gin_trgm_ops)

CREATE TABLE warehouses (
    id ${ID},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 100,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE TABLE warehouse_locations (
    id ${ID},
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    code TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (warehouse_id, code)
)

-- The ledger. qty is signed: + into the warehouse, - out of it; never 0.
CREATE TABLE stock_moves (
    id ${ID},
    product_id BIGINT NOT NULL REFERENCES products (id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    location_id BIGINT REFERENCES warehouse_locations (id),
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'shipment', 'transfer', 'adjustment', 'return', 'scrap')),
    qty BIGINT NOT NULL CHECK (qty <> 0),
    reason TEXT NOT NULL DEFAULT '',
    source_type TEXT NOT NULL DEFAULT 'manual',
    source_id BIGINT,
    source_ref TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by BIGINT,
    created_by_name TEXT NOT NULL DEFAULT ''
)

CREATE INDEX stock_moves_product ON stock_moves (product_id, warehouse_id, id)

CREATE INDEX stock_moves_warehouse ON stock_moves (warehouse_id, id)

CREATE INDEX stock_moves_created ON stock_moves (created_at, id)

CREATE INDEX stock_moves_source ON stock_moves (source_type, source_id)

CREATE INDEX stock_moves_ref ON stock_moves (source_ref)

-- sqlite: the ledger is append-only, enforced by the store itself.
CREATE TRIGGER stock_moves_no_update BEFORE UPDATE ON stock_moves
BEGIN
    SELECT RAISE(ABORT, 'stock_moves is append-only');
END

-- sqlite
CREATE TRIGGER stock_moves_no_delete BEFORE DELETE ON stock_moves
BEGIN
    SELECT RAISE(ABORT, 'stock_moves is append-only');
END

-- postgres: the ledger is append-only, enforced by the store itself.
CREATE FUNCTION stock_moves_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stock_moves is append-only';
END
$$

-- postgres
CREATE TRIGGER stock_moves_no_change BEFORE UPDATE OR DELETE ON stock_moves
FOR EACH ROW EXECUTE FUNCTION stock_moves_append_only()

-- postgres
CREATE TRIGGER stock_moves_no_truncate BEFORE TRUNCATE ON stock_moves
FOR EACH STATEMENT EXECUTE FUNCTION stock_moves_append_only()

-- Open reservations: one row per document line, product and warehouse; a row at 0 is deleted.
CREATE TABLE stock_reservations (
    id ${ID},
    product_id BIGINT NOT NULL REFERENCES products (id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    source_type TEXT NOT NULL,
    source_id BIGINT NOT NULL,
    source_line_id BIGINT NOT NULL DEFAULT 0,
    source_ref TEXT NOT NULL DEFAULT '',
    qty BIGINT NOT NULL CHECK (qty > 0),
    created_at TEXT NOT NULL,
    UNIQUE (source_type, source_id, source_line_id, product_id, warehouse_id)
)

CREATE INDEX stock_reservations_level ON stock_reservations (product_id, warehouse_id)

-- The balances. The CHECK keeps stock from going negative and reservations within what is on
-- hand, whatever the service does.
CREATE TABLE stock_levels (
    product_id BIGINT NOT NULL REFERENCES products (id),
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    on_hand BIGINT NOT NULL DEFAULT 0,
    reserved BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, warehouse_id),
    CHECK (reserved >= 0 AND reserved <= on_hand)
)

CREATE INDEX stock_levels_warehouse ON stock_levels (warehouse_id, product_id)

CREATE TABLE stock_counts (
    id ${ID},
    number TEXT NOT NULL UNIQUE,
    warehouse_id BIGINT NOT NULL REFERENCES warehouses (id),
    category TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'posted', 'cancelled')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by BIGINT,
    posted_at TEXT,
    cancelled_at TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX stock_counts_warehouse ON stock_counts (warehouse_id, state)

CREATE INDEX stock_counts_created ON stock_counts (created_at, id)

CREATE TABLE stock_count_lines (
    id ${ID},
    count_id BIGINT NOT NULL REFERENCES stock_counts (id),
    product_id BIGINT NOT NULL REFERENCES products (id),
    expected_qty BIGINT NOT NULL,
    counted_qty BIGINT CHECK (counted_qty >= 0),
    UNIQUE (count_id, product_id)
)
