-- Staged imports (platform.import.*): a job collects the rows of one file in batches, each batch
-- checked like a dry run, and its commit applies every staged row in one transaction or none.
-- Jobs expire (expires_at); their rows go with them.

CREATE TABLE import_jobs (
    id ${ID},
    entity TEXT NOT NULL,
    user_id BIGINT NOT NULL,
    options_json TEXT NOT NULL,
    status TEXT NOT NULL,
    rows_staged BIGINT NOT NULL DEFAULT 0,
    problems BIGINT NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    result_json TEXT
)

CREATE INDEX import_jobs_expires ON import_jobs (expires_at)

CREATE TABLE import_rows (
    job_id BIGINT NOT NULL,
    row_no BIGINT NOT NULL,
    row_key TEXT NOT NULL,
    data_json TEXT NOT NULL,
    PRIMARY KEY (job_id, row_no)
)

CREATE INDEX import_rows_key ON import_rows (job_id, row_key)
