-- Field- and record-level permissions (docs/PROTOCOL.md "Protected fields and record rules").
-- A role carries the record rules switched on for it (JSON array of rule ids, none by default).
-- Product cost (permission inventory.cost) is seen by admin ("*"), manager, purchasing and
-- warehouse ("inventory.*"), not by sales. A role an admin has already edited is left as it is.

ALTER TABLE roles ADD COLUMN record_rules TEXT NOT NULL DEFAULT '[]'

UPDATE roles SET permissions = '["*.read", "*.approve", "crm.*", "!admin.*", "inventory.cost"]'
WHERE name = 'manager' AND permissions = '["*.read", "*.approve", "crm.*", "!admin.*"]'

UPDATE roles SET permissions = '["purchasing.*", "inventory.product.read", "inventory.stock.read", "inventory.warehouse.read", "inventory.cost"]'
WHERE name = 'purchasing' AND permissions = '["purchasing.*", "inventory.product.read", "inventory.stock.read", "inventory.warehouse.read"]'
