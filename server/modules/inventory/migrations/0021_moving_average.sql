-- Moving weighted average (移动加权平均, docs/OMS.md "Stock valuation"). Each move carries its
-- value in minor units of the base currency (signed like its quantity); each product carries
-- its company-wide running quantity and value, written in the transaction of every move, and
-- its cost becomes the running average (value / quantity) while there is stock.
ALTER TABLE stock_moves ADD COLUMN value BIGINT NOT NULL DEFAULT 0

ALTER TABLE products ADD COLUMN stock_qty BIGINT NOT NULL DEFAULT 0

ALTER TABLE products ADD COLUMN stock_value BIGINT NOT NULL DEFAULT 0

-- sqlite: the backfill below is the one change the append-only ledger ever takes.
DROP TRIGGER stock_moves_no_update

-- postgres
ALTER TABLE stock_moves DISABLE TRIGGER stock_moves_no_change

-- Existing moves are valued at the product's cost as it stands (qty × cost, half away from
-- zero); transfers carry no value.
UPDATE stock_moves SET value = COALESCE((
    SELECT CASE
        WHEN stock_moves.kind = 'transfer' THEN 0
        WHEN stock_moves.qty < 0 THEN -((-stock_moves.qty * p.cost * 2 + 1000) / 2000)
        ELSE (stock_moves.qty * p.cost * 2 + 1000) / 2000 END
    FROM products p WHERE p.id = stock_moves.product_id), 0)

-- sqlite
CREATE TRIGGER stock_moves_no_update BEFORE UPDATE ON stock_moves
BEGIN
    SELECT RAISE(ABORT, 'stock_moves is append-only');
END

-- postgres
ALTER TABLE stock_moves ENABLE TRIGGER stock_moves_no_change

UPDATE products SET
    stock_qty = COALESCE((SELECT SUM(m.qty) FROM stock_moves m WHERE m.product_id = products.id), 0),
    stock_value = COALESCE((SELECT SUM(m.value) FROM stock_moves m WHERE m.product_id = products.id), 0)
