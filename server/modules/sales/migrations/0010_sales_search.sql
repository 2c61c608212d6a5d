-- Searching a million orders (sales.order.list {search}): an order is found by the start of its
-- number or external reference (index ranges on both) or through its customer (the customers'
-- own trigram index), without reading every order and without a text index that every new
-- order would have to update.

-- sqlite: the number has its unique index; the reference gets one of its own.
CREATE INDEX sales_orders_ref ON sales_orders (external_ref)

-- postgres: LIKE 'prefix%' uses a text_pattern_ops index whatever the database's collation.
CREATE INDEX sales_orders_number_prefix ON sales_orders (number text_pattern_ops)

-- postgres
CREATE INDEX sales_orders_ref_prefix ON sales_orders (external_ref text_pattern_ops)
