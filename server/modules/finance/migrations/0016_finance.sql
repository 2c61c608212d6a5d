-- Finance (module finance): the general ledger (docs/FINANCE.md). Money in minor units of the
-- company's base currency, BIGINT. Posted entries are never changed: a correction is a reversal
-- entry; the chain hash of each posted entry covers its content and its predecessor's hash.

-- The chart of accounts: a tree of any depth; only leaves take postings. `used` turns on with
-- the first line that names the account: a used account can be renamed and archived, never
-- deleted or moved.
CREATE TABLE fin_accounts (
    id ${ID},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    parent_id BIGINT REFERENCES fin_accounts (id),
    type TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'common', 'equity', 'cost', 'revenue', 'expense')),
    normal_balance TEXT NOT NULL CHECK (normal_balance IN ('debit', 'credit')),
    level INTEGER NOT NULL DEFAULT 1,
    is_leaf INTEGER NOT NULL DEFAULT 1,
    active INTEGER NOT NULL DEFAULT 1,
    used INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE INDEX fin_accounts_parent ON fin_accounts (parent_id, code)

-- The books' settings (one row): the chart template the accounts came from and how a reversal
-- is written (storno: the same sides in red, negative amounts; opposite: debits and credits
-- swapped).
CREATE TABLE fin_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    chart TEXT NOT NULL DEFAULT '',
    reversal_style TEXT NOT NULL DEFAULT 'storno' CHECK (reversal_style IN ('storno', 'opposite')),
    updated_at TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
)

INSERT INTO fin_settings (id) VALUES (1)

-- Which account an automatic posting uses for a role (inventory, cogs, receivable, ...),
-- optionally per product category ('' = every category): configuration, not code.
CREATE TABLE fin_account_roles (
    role TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    account_id BIGINT NOT NULL REFERENCES fin_accounts (id),
    PRIMARY KEY (role, category)
)

-- Closed months. A month without a row is open.
CREATE TABLE fin_periods (
    period TEXT PRIMARY KEY,
    state TEXT NOT NULL CHECK (state IN ('open', 'closed')),
    closed_at TEXT,
    closed_by TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

-- Journal entries (记账凭证). `number` is taken when the entry is posted (gapless per journal
-- and year: seq_year, seq_no); `chain_seq` orders a journal's posted entries for the hash chain.
CREATE TABLE fin_entries (
    id ${ID},
    journal TEXT NOT NULL CHECK (journal IN ('general', 'sales', 'purchases', 'cash', 'bank', 'payroll', 'stock')),
    number TEXT,
    seq_year INTEGER,
    seq_no BIGINT,
    chain_seq BIGINT,
    entry_date TEXT NOT NULL,
    period TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source_type TEXT NOT NULL DEFAULT '',
    source_id BIGINT,
    source_ref TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'posted')),
    automatic INTEGER NOT NULL DEFAULT 0,
    reversal_of BIGINT REFERENCES fin_entries (id),
    reversed_by BIGINT REFERENCES fin_entries (id),
    total BIGINT NOT NULL DEFAULT 0,
    hash TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    posted_at TEXT,
    posted_by TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (journal, number),
    UNIQUE (journal, chain_seq)
)

CREATE INDEX fin_entries_date ON fin_entries (entry_date, id)

CREATE INDEX fin_entries_period ON fin_entries (period, state)

CREATE INDEX fin_entries_source ON fin_entries (source_type, source_id)

CREATE TABLE fin_entry_lines (
    id ${ID},
    entry_id BIGINT NOT NULL REFERENCES fin_entries (id),
    line_no INTEGER NOT NULL,
    account_id BIGINT NOT NULL REFERENCES fin_accounts (id),
    debit BIGINT NOT NULL DEFAULT 0,
    credit BIGINT NOT NULL DEFAULT 0,
    partner_type TEXT NOT NULL DEFAULT '',
    partner_id BIGINT,
    description TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    currency_amount BIGINT,
    CHECK (debit = 0 OR credit = 0),
    UNIQUE (entry_id, line_no)
)

CREATE INDEX fin_entry_lines_account ON fin_entry_lines (account_id, entry_id)

-- The running totals of posted lines per account and month: what the trial balance and the
-- balance sheet read. finance.check recomputes them from the lines.
CREATE TABLE fin_balances (
    account_id BIGINT NOT NULL REFERENCES fin_accounts (id),
    period TEXT NOT NULL,
    debit BIGINT NOT NULL DEFAULT 0,
    credit BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, period)
)

-- The last posted entry of each journal: the hash chain's head, and the row concurrent
-- posters of one journal queue on.
CREATE TABLE fin_journal_heads (
    journal TEXT PRIMARY KEY,
    chain_seq BIGINT NOT NULL DEFAULT 0,
    hash TEXT NOT NULL DEFAULT ''
)
