-- "Which earlier row of this file has this key?" (ImportRepository::rowWithKey) asks for
-- MIN(row_no) by job and key. With the index on (job_id, row_key) alone, SQLite answered it by
-- walking the primary key of the whole job, so staging a file was quadratic in its rows; with
-- row_no in the index it is one seek on both backends.

DROP INDEX import_rows_key

CREATE INDEX import_rows_key ON import_rows (job_id, row_key, row_no)
