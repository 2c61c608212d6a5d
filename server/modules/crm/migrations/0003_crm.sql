-- Customers (module crm): the shared customer master that orders, invoices and service hang from.
-- contact_name/phone/email and province/city repeat the primary contact and default address so
-- the list can show, sort and filter them without joins. search_text holds everything a clerk may
-- search for (name, code, tax id, contacts' names, phones with and without separators, e-mails),
-- lower-cased; name_key is the name reduced for duplicate detection.

CREATE TABLE customers (
    id ${ID},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'company',
    tax_id TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    credit_limit BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL DEFAULT 'CNY',
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    owner_id BIGINT REFERENCES users (id),
    status TEXT NOT NULL DEFAULT 'active',
    notes TEXT NOT NULL DEFAULT '',
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    merged_into BIGINT REFERENCES customers (id),
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
)

CREATE UNIQUE INDEX customers_tax_id ON customers (tax_id) WHERE tax_id <> ''

CREATE INDEX customers_name ON customers (name, id)

CREATE INDEX customers_status_name ON customers (status, name, id)

CREATE INDEX customers_name_key ON customers (name_key)

CREATE INDEX customers_owner ON customers (owner_id)

CREATE INDEX customers_place ON customers (province, city, name, id)

CREATE INDEX customers_city ON customers (city, id)

CREATE INDEX customers_updated ON customers (updated_at, id)

CREATE TABLE customer_contacts (
    id ${ID},
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    phone_digits TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0
)

CREATE INDEX customer_contacts_customer ON customer_contacts (customer_id, position)

CREATE INDEX customer_contacts_phone ON customer_contacts (phone_digits)

CREATE INDEX customer_contacts_email ON customer_contacts (email)

CREATE TABLE customer_addresses (
    id ${ID},
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'billing',
    country TEXT NOT NULL DEFAULT 'CN',
    province TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    line1 TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0
)

CREATE INDEX customer_addresses_customer ON customer_addresses (customer_id, position)

CREATE TABLE customer_tags (
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    tag TEXT NOT NULL,
    PRIMARY KEY (customer_id, tag)
)

CREATE INDEX customer_tags_tag ON customer_tags (tag, customer_id)

-- sqlite: substring search through an FTS5 trigram index kept in step by triggers.
CREATE VIRTUAL TABLE customers_fts USING fts5(search_text, content='customers', content_rowid='id', tokenize='trigram')

-- sqlite
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
BEGIN
    INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text);
END

-- sqlite
CREATE TRIGGER customers_fts_update AFTER UPDATE OF search_text ON customers
BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO customers_fts (rowid, search_text) VALUES (new.id, new.search_text);
END

-- postgres: substring search through a pg_trgm GIN index (LIKE '%term%' uses it).
CREATE EXTENSION IF NOT EXISTS pg_trgm

-- postgres
CREATE INDEX customers_search ON customers USING gin (search_text gin_trgm_ops)
