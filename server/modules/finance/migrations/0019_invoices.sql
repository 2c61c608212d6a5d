-- Customer invoices, credit notes, payments and their allocations (module finance,
-- docs/FINANCE.md "Invoices, payments, receivables"). Money in minor units of the base
-- currency, quantities in thousandths, tax rates and discounts in hundredths of a percent
-- (1300 = 13 %), all BIGINT. A posted invoice never changes except its fapiao number and date;
-- it is cancelled by a credit note (kind credit_note, credit_of = the invoice).

-- open amount of an invoice = total - paid - credited; of a credit note = total - paid (what
-- it has not yet applied to its invoice). `number` is taken at posting (INV2026-000001,
-- CN2026-000001), gapless per series and year.
CREATE TABLE fin_invoices (
    id ${ID},
    kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
    number TEXT UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    order_id BIGINT REFERENCES sales_orders (id),
    order_number TEXT NOT NULL DEFAULT '',
    credit_of BIGINT REFERENCES fin_invoices (id),
    invoice_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'CNY',
    net BIGINT NOT NULL DEFAULT 0,
    tax BIGINT NOT NULL DEFAULT 0,
    total BIGINT NOT NULL DEFAULT 0,
    paid BIGINT NOT NULL DEFAULT 0,
    credited BIGINT NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'posted', 'partially_paid', 'paid', 'credited', 'cancelled')),
    fapiao_number TEXT NOT NULL DEFAULT '',
    fapiao_date TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    entry_id BIGINT REFERENCES fin_entries (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    posted_at TEXT,
    posted_by TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (paid >= 0 AND credited >= 0 AND paid + credited <= total)
)

CREATE INDEX fin_invoices_customer ON fin_invoices (customer_id, state)

CREATE INDEX fin_invoices_order ON fin_invoices (order_id)

CREATE INDEX fin_invoices_date ON fin_invoices (invoice_date, id)

CREATE INDEX fin_invoices_credit_of ON fin_invoices (credit_of)

-- price_includes_tax: unit_price is 含税; the line's 金额 (net) is then round(gross / (1 + rate))
-- and 税额 (tax) gross - net. order_line_id: the sales order line it bills (partial invoicing
-- by shipped quantity); credit_of_line: the invoice line a credit note line reverses.
CREATE TABLE fin_invoice_lines (
    id ${ID},
    invoice_id BIGINT NOT NULL REFERENCES fin_invoices (id),
    line_no INTEGER NOT NULL,
    order_line_id BIGINT REFERENCES sales_order_lines (id),
    credit_of_line BIGINT REFERENCES fin_invoice_lines (id),
    product_id BIGINT REFERENCES products (id),
    description TEXT NOT NULL DEFAULT '',
    qty BIGINT NOT NULL CHECK (qty > 0),
    unit_price BIGINT NOT NULL CHECK (unit_price >= 0),
    discount_pct BIGINT NOT NULL DEFAULT 0,
    tax_rate BIGINT NOT NULL DEFAULT 1300,
    price_includes_tax INTEGER NOT NULL DEFAULT 0,
    net BIGINT NOT NULL,
    tax BIGINT NOT NULL,
    gross BIGINT NOT NULL,
    UNIQUE (invoice_id, line_no)
)

CREATE INDEX fin_invoice_lines_order_line ON fin_invoice_lines (order_line_id)

CREATE INDEX fin_invoice_lines_credit_of ON fin_invoice_lines (credit_of_line)

-- Money received from a customer (kind receipt: Dr bank / Cr receivable) or paid to a supplier
-- (kind payment: Dr payable / Cr bank), posted when recorded. applied: the part allocated to
-- invoices; the rest is an open credit on the partner.
CREATE TABLE fin_payments (
    id ${ID},
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('receipt', 'payment')),
    partner_type TEXT NOT NULL CHECK (partner_type IN ('customer', 'supplier')),
    partner_id BIGINT NOT NULL,
    payment_date TEXT NOT NULL,
    amount BIGINT NOT NULL CHECK (amount > 0),
    applied BIGINT NOT NULL DEFAULT 0,
    reference TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    entry_id BIGINT REFERENCES fin_entries (id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (applied >= 0 AND applied <= amount)
)

CREATE INDEX fin_payments_partner ON fin_payments (partner_type, partner_id, payment_date)

CREATE INDEX fin_payments_date ON fin_payments (payment_date, id)

-- What a payment or a credit note settles of an invoice. effective_date: the later of the two
-- documents' dates (an allocation counts in the aging as of a date from then on).
CREATE TABLE fin_allocations (
    id ${ID},
    invoice_id BIGINT NOT NULL REFERENCES fin_invoices (id),
    payment_id BIGINT REFERENCES fin_payments (id),
    credit_note_id BIGINT REFERENCES fin_invoices (id),
    amount BIGINT NOT NULL CHECK (amount > 0),
    effective_date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL))
)

CREATE INDEX fin_allocations_invoice ON fin_allocations (invoice_id, effective_date)

CREATE INDEX fin_allocations_payment ON fin_allocations (payment_id)

CREATE INDEX fin_allocations_credit_note ON fin_allocations (credit_note_id)

-- Invoice automatically on shipment: a shipment creates and posts the invoice of its lines in
-- the same transaction (off by default).
ALTER TABLE fin_settings ADD COLUMN invoice_on_shipment INTEGER NOT NULL DEFAULT 0
