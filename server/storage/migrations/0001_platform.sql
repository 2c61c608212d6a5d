-- Platform tables shared by every module: settings and the append-only audit trail.
-- Timestamps are ISO 8601 UTC text ("2026-11-27T04:42:45.123Z") on both backends.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)

-- Document numbers (C000123, SO2026-000123): one counter per series, advanced inside the
-- transaction that uses the number, so a rolled-back call leaves no gap.
CREATE TABLE number_sequences (
    name TEXT PRIMARY KEY,
    value BIGINT NOT NULL
)

CREATE TABLE audit_log (
    id ${ID},
    at TEXT NOT NULL,
    user_id BIGINT,
    username TEXT NOT NULL,
    method TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    before_json TEXT,
    after_json TEXT
)

CREATE INDEX audit_log_entity ON audit_log (entity, entity_id)

CREATE INDEX audit_log_at ON audit_log (at)

-- sqlite: the audit trail is append-only, enforced by the store itself.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END

-- sqlite
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END

-- postgres: the audit trail is append-only, enforced by the store itself.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$

-- postgres
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()

-- postgres
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
