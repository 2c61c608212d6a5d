-- Supplier bills with a three-way match, and their payments (module finance, docs/FINANCE.md
-- "Supplier bills"). Money in minor units of the base currency, quantities in thousandths, tax
-- rates in hundredths of a percent, all BIGINT. A posted bill never changes except its
-- supplier's bill number and date; it is cancelled by a reversal of its entry (state reversed).

-- open amount of a bill = total - paid. `number` is taken at posting (BILL2026-000001), gapless
-- per year. needs_approval: the three-way match found a difference above the tolerance (or a
-- quantity beyond what is received); such a bill is posted only after approval.
CREATE TABLE fin_bills (
    id ${ID},
    number TEXT UNIQUE,
    supplier_id BIGINT NOT NULL REFERENCES suppliers (id),
    purchase_order_id BIGINT REFERENCES purchase_orders (id),
    order_number TEXT NOT NULL DEFAULT '',
    supplier_ref TEXT NOT NULL DEFAULT '',
    supplier_date TEXT NOT NULL DEFAULT '',
    bill_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'CNY',
    net BIGINT NOT NULL DEFAULT 0,
    tax BIGINT NOT NULL DEFAULT 0,
    total BIGINT NOT NULL DEFAULT 0,
    paid BIGINT NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'awaiting_approval', 'approved', 'posted', 'partially_paid', 'paid', 'cancelled', 'reversed')),
    needs_approval INTEGER NOT NULL DEFAULT 0,
    approved_at TEXT,
    approved_by TEXT,
    notes TEXT NOT NULL DEFAULT '',
    entry_id BIGINT REFERENCES fin_entries (id),
    reversal_entry_id BIGINT REFERENCES fin_entries (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    posted_at TEXT,
    posted_by TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (paid >= 0 AND paid <= total)
)

CREATE INDEX fin_bills_supplier ON fin_bills (supplier_id, state)

CREATE INDEX fin_bills_order ON fin_bills (purchase_order_id)

CREATE INDEX fin_bills_date ON fin_bills (bill_date, id)

-- po_line_id: the purchase order line it bills; po_price: that line's price when the bill was
-- written (the match compares unit_price with it); grni: what the line clears of goods
-- received not invoiced, qty × po_price half up; flags: the match's differences
-- (qty_over_received, price_differs), comma separated.
CREATE TABLE fin_bill_lines (
    id ${ID},
    bill_id BIGINT NOT NULL REFERENCES fin_bills (id),
    line_no INTEGER NOT NULL,
    po_line_id BIGINT REFERENCES purchase_order_lines (id),
    product_id BIGINT REFERENCES products (id),
    description TEXT NOT NULL DEFAULT '',
    qty BIGINT NOT NULL CHECK (qty > 0),
    unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
    tax_rate BIGINT NOT NULL DEFAULT 1300,
    price_includes_tax INTEGER NOT NULL DEFAULT 0,
    net BIGINT NOT NULL,
    tax BIGINT NOT NULL,
    gross BIGINT NOT NULL,
    po_price BIGINT NOT NULL DEFAULT 0,
    grni BIGINT NOT NULL DEFAULT 0,
    flags TEXT NOT NULL DEFAULT '',
    UNIQUE (bill_id, line_no)
)

CREATE INDEX fin_bill_lines_po_line ON fin_bill_lines (po_line_id)

-- What a supplier payment settles of a bill. effective_date: the later of the two documents'
-- dates.
CREATE TABLE fin_bill_allocations (
    id ${ID},
    bill_id BIGINT NOT NULL REFERENCES fin_bills (id),
    payment_id BIGINT NOT NULL REFERENCES fin_payments (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    effective_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
)

CREATE INDEX fin_bill_allocations_bill ON fin_bill_allocations (bill_id, effective_date)

CREATE INDEX fin_bill_allocations_payment ON fin_bill_allocations (payment_id)

-- The match's tolerance: a line's price difference above bill_tolerance_pct (hundredths of a
-- percent of the ordered value) or above bill_tolerance_amount (minor units; 0: no absolute
-- limit) needs approval.
ALTER TABLE fin_settings ADD COLUMN bill_tolerance_pct BIGINT NOT NULL DEFAULT 200

ALTER TABLE fin_settings ADD COLUMN bill_tolerance_amount BIGINT NOT NULL DEFAULT 50000

-- The new posting roles on books that already have their chart: the price difference of a
-- bill against the goods received (主营业务成本 / Cost of goods sold) and the expense of a bill
-- without a purchase order (管理费用 / Office expenses).
INSERT INTO fin_account_roles (role, category, account_id)
SELECT 'purchase_price_variance', '', a.id FROM fin_accounts a JOIN fin_settings s ON s.id = 1
WHERE (s.chart = 'cn_small' AND a.code = '5401') OR (s.chart = 'generic' AND a.code = '5010')

INSERT INTO fin_account_roles (role, category, account_id)
SELECT 'purchase_expense', '', a.id FROM fin_accounts a JOIN fin_settings s ON s.id = 1
WHERE (s.chart = 'cn_small' AND a.code = '5602') OR (s.chart = 'generic' AND a.code = '6040')
