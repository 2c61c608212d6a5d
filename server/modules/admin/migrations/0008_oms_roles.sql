-- The built-in roles meet orders, inventory and purchasing (docs/OMS.md): sales may not approve
-- its own orders but sees the warehouses it sells from; the warehouse allocates, delivers, takes returns back and
-- sees suppliers. A role an admin has already edited is left as it is.

UPDATE roles SET permissions = '["crm.*", "sales.*", "!sales.order.approve", "inventory.product.read", "inventory.stock.read", "inventory.warehouse.read"]'
WHERE name = 'sales' AND permissions = '["crm.*", "sales.*", "inventory.product.read", "inventory.stock.read"]'

UPDATE roles SET permissions = '["inventory.*", "crm.customer.read", "sales.order.read", "sales.order.allocate", "sales.order.ship", "sales.order.deliver", "sales.order.return", "purchasing.order.read", "purchasing.order.receive", "purchasing.supplier.read"]'
WHERE name = 'warehouse' AND permissions = '["inventory.*", "crm.customer.read", "sales.order.read", "sales.order.ship", "purchasing.order.read", "purchasing.order.receive"]'

UPDATE roles SET permissions = '["purchasing.*", "inventory.product.read", "inventory.stock.read", "inventory.warehouse.read"]'
WHERE name = 'purchasing' AND permissions = '["purchasing.*", "inventory.product.read", "inventory.stock.read"]'
