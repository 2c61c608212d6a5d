-- Searching a million orders (sales.order.list {search}): an order is found by any part of its
-- number or external reference, or through its customer (the customers' own trigram index), of
-- three characters or more, without reading every order.

-- sqlite: a contentless FTS5 trigram index over "number external_ref" (rowid = the order's id),
-- kept by triggers; orders are never deleted.
CREATE VIRTUAL TABLE sales_orders_fts USING fts5(ref, content='', tokenize='trigram')

-- sqlite
INSERT INTO sales_orders_fts (rowid, ref) SELECT id, number || ' ' || external_ref FROM sales_orders

-- sqlite
CREATE TRIGGER sales_orders_fts_insert AFTER INSERT ON sales_orders
BEGIN
    INSERT INTO sales_orders_fts (rowid, ref) VALUES (new.id, new.number || ' ' || new.external_ref);
END

-- sqlite
CREATE TRIGGER sales_orders_fts_update AFTER UPDATE OF number, external_ref ON sales_orders
BEGIN
    INSERT INTO sales_orders_fts (sales_orders_fts, rowid, ref) VALUES ('delete', old.id, old.number || ' ' || old.external_ref);
    INSERT INTO sales_orders_fts (rowid, ref) VALUES (new.id, new.number || ' ' || new.external_ref);
END

-- postgres: a pg_trgm index on the same expression (ILIKE '%term%' uses it).
CREATE INDEX sales_orders_ref_search ON sales_orders USING gin ((number || ' ' || external_ref) gin_trgm_ops)
