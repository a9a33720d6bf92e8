-- Version 27 (PostgreSQL): the audit trail is append-only in the database too. The application has no update or
-- delete path; this refuses one from anywhere else (a console, a script, a compromised connection of the application's
-- user) unless someone who owns the table first drops the trigger, which is itself a visible act. Pruning the trail is
-- therefore a deliberate DBA step (docs/operations.md), never a retention job.
CREATE FUNCTION audit_record_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_record_append_only
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_refuse_change();

CREATE TRIGGER audit_record_no_truncate
    BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_refuse_change();
