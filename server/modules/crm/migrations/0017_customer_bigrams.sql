-- Two-character search (Chinese words are mostly two characters: 科技, 贸易). A trigram index
-- cannot answer a term shorter than three characters, so such a search used to walk the name
-- index testing every row. customer_bigrams holds, for every customer, each distinct pair of
-- adjacent characters of its search_text (name, code, tax id, contacts' names, phones,
-- e-mails) in which both characters lie beyond ASCII, with the customer's name: the customers
-- containing "科技" are the range bigram = '科技' of the primary key, already in name order, so
-- the first page by name is read straight off the index. CustomerRepository keeps it in step
-- whenever a customer's search_text or name changes (create, update, archive, merge, import);
-- customers are never deleted. No foreign key: like customers_fts, it is an index of
-- customers, written only together with them.

-- sqlite
CREATE TABLE customer_bigrams (
    bigram TEXT NOT NULL,
    name TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    PRIMARY KEY (bigram, name, customer_id)
) WITHOUT ROWID

-- sqlite: the pairs of the existing customers (only texts with a non-ASCII character: their
-- byte length exceeds their length in characters), written in key order.
INSERT OR IGNORE INTO customer_bigrams (bigram, name, customer_id)
WITH RECURSIVE pos(i) AS (
    SELECT 1
    UNION ALL
    SELECT i + 1 FROM pos WHERE i < (SELECT COALESCE(MAX(length(search_text)), 0) FROM customers)
)
SELECT substr(c.search_text, pos.i, 2), c.name, c.id
FROM customers c JOIN pos ON pos.i < length(c.search_text)
WHERE length(CAST(c.search_text AS BLOB)) > length(c.search_text)
  AND unicode(substr(c.search_text, pos.i, 1)) > 127
  AND unicode(substr(c.search_text, pos.i + 1, 1)) > 127
ORDER BY 1, 2, 3

-- postgres
CREATE TABLE customer_bigrams (
    bigram TEXT NOT NULL,
    name TEXT NOT NULL,
    customer_id BIGINT NOT NULL
)

-- postgres: the pairs of the existing customers, then the key (built once, by sorting).
INSERT INTO customer_bigrams (bigram, name, customer_id)
SELECT DISTINCT substr(c.search_text, pos.i, 2), c.name, c.id
FROM customers c, generate_series(1, length(c.search_text) - 1) AS pos(i)
WHERE octet_length(c.search_text) > length(c.search_text)
  AND ascii(substr(c.search_text, pos.i, 1)) > 127
  AND ascii(substr(c.search_text, pos.i + 1, 1)) > 127

-- postgres
ALTER TABLE customer_bigrams ADD PRIMARY KEY (bigram, name, customer_id)

-- postgres: planner statistics now, not when autovacuum comes round to the new table.
ANALYZE customer_bigrams
