-- Version 26: the audit trail. Who did what, when, from which address: sign-ins, account, settings, door and camera
-- changes, incident reviews, shared links, video downloads. Append-only: the application inserts and reads, it has no
-- update or delete path (docs/security.md). before_json and after_json hold the state around the change as JSON with
-- secrets removed ("signature key changed", never the key).
CREATE TABLE audit_record (
    id           UUID                     NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)              NOT NULL,
    address      VARCHAR(64),
    kind         VARCHAR(64)              NOT NULL,
    target       VARCHAR(300),
    before_json  VARCHAR(20000),
    after_json   VARCHAR(20000)
);

-- The console and GET /api/audit list the newest first, filtered by who and what.
CREATE INDEX ix_audit_record_occurred_at ON audit_record (occurred_at);
CREATE INDEX ix_audit_record_actor ON audit_record (actor, occurred_at);
CREATE INDEX ix_audit_record_kind ON audit_record (kind, occurred_at);
