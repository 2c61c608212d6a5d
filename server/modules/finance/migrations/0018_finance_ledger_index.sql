-- An account's ledger read off an index. The lines carry their entry's date and whether it is
-- posted (an entry's date never changes once posted; a draft's lines are rewritten with it),
-- so the posted lines of an account come in date order from fin_entry_lines_ledger without
-- reading the entries or sorting: the first page of a ledger with hundreds of thousands of
-- lines costs as much as one with a hundred. fin_balances counts the lines per account and
-- month, so the ledger's total and closing balance for whole months come from there.
-- LedgerRepository keeps both in step; finance.check compares them with the entries.
ALTER TABLE fin_entry_lines ADD COLUMN entry_date TEXT NOT NULL DEFAULT ''

ALTER TABLE fin_entry_lines ADD COLUMN posted INTEGER NOT NULL DEFAULT 0

UPDATE fin_entry_lines SET
    entry_date = (SELECT e.entry_date FROM fin_entries e WHERE e.id = fin_entry_lines.entry_id),
    posted = (SELECT CASE WHEN e.state = 'posted' THEN 1 ELSE 0 END FROM fin_entries e
              WHERE e.id = fin_entry_lines.entry_id)

CREATE INDEX fin_entry_lines_ledger ON fin_entry_lines
    (account_id, posted, entry_date, entry_id, line_no, debit, credit)

ALTER TABLE fin_balances ADD COLUMN lines BIGINT NOT NULL DEFAULT 0

UPDATE fin_balances SET lines = (
    SELECT COUNT(*) FROM fin_entry_lines l JOIN fin_entries e ON e.id = l.entry_id
    WHERE l.account_id = fin_balances.account_id AND e.period = fin_balances.period
      AND e.state = 'posted')
