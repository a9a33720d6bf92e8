-- Version 29: doubtful incidents and the e-mails held for their review.

-- An incident whose unauthorised entries rest on low-confidence crossings only (threshold.counting.low-confidence):
-- still an incident, but it needs a reviewer's eye before anyone treats it as certain. Re-judging keeps it current.
ALTER TABLE incident ADD COLUMN doubtful BOOLEAN DEFAULT FALSE NOT NULL;

-- HELD: written with a doubtful incident at a door that holds such e-mails; sent (PENDING) once a reviewer confirms
-- the incident or its count becomes certain. CANCELLED: held, and the incident was dismissed: never sent.
ALTER TABLE email_delivery DROP CONSTRAINT ck_email_delivery_state;
ALTER TABLE email_delivery ADD CONSTRAINT ck_email_delivery_state
    CHECK (state IN ('PENDING', 'RETRYING', 'SENT', 'FAILED', 'HELD', 'CANCELLED'));
