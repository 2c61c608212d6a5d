-- Sales order list on a million orders (after 0006, which is already in use): sorting by amount
-- or requested date without sorting every order, and the "waiting for stock" view (a partial
-- index: only the few backordered orders are in it; the list writes has_backorder as a literal
-- so the planner may use it).

CREATE INDEX sales_orders_gross ON sales_orders (gross, id)

CREATE INDEX sales_orders_requested ON sales_orders (requested_date, id)

CREATE INDEX sales_orders_backorder_date ON sales_orders (order_date, id) WHERE has_backorder = 1
