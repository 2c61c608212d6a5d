-- Document number series are named <module>.<document>, per year when the number shows the
-- year (server/platform/documentnumbers.h). The counters kept so far under older names continue
-- under the new ones, so no number is given twice.

UPDATE number_sequences SET name = 'purchasing.order.' || substr(name, 4) WHERE substr(name, 1, 3) = 'po.'

UPDATE number_sequences SET name = 'purchasing.receipt.' || substr(name, 4) WHERE substr(name, 1, 3) = 'gr.'

UPDATE number_sequences SET name = 'inventory.transfer.' || substr(name, 3) WHERE substr(name, 1, 2) = 'TR'

UPDATE number_sequences SET name = 'crm.customer' WHERE name = 'customer'

UPDATE number_sequences SET name = 'purchasing.supplier' WHERE name = 'supplier'

-- sqlite: stock counts were counted once, not per year; this year's counter continues it.
UPDATE number_sequences SET name = 'inventory.count.' || strftime('%Y', 'now', 'localtime') WHERE name = 'SC'

-- postgres: stock counts were counted once, not per year; this year's counter continues it.
UPDATE number_sequences SET name = 'inventory.count.' || to_char(now(), 'YYYY') WHERE name = 'SC'
