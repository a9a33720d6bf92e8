-- Version 8: e-mails about incidents, and room in the outbox for security events (CloudEvents for SIEMs).

-- One row: who is told about an incident and how the e-mail reads. A NULL template means the default one.
CREATE TABLE email_settings (
    id                  INTEGER                  NOT NULL PRIMARY KEY,
    notify_people       BOOLEAN DEFAULT TRUE     NOT NULL,
    security_addresses  VARCHAR(2000),
    subject_template    VARCHAR(500),
    body_template       VARCHAR(20000),
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(64)              NOT NULL,
    CONSTRAINT ck_email_settings_single_row CHECK (id = 1)
);

-- Each e-mail about an incident, written in the incident's transaction and sent after it: its state (PENDING,
-- RETRYING, SENT, FAILED), attempts and the last error in words. The incident table is not referenced: an e-mail is a
-- record of what was sent and outlives nothing it points to. recipient_email is NULL until a Kisi user's address is
-- looked up at sending time.
CREATE TABLE email_delivery (
    id               UUID                     NOT NULL PRIMARY KEY,
    incident_id      UUID                     NOT NULL,
    recipient_name   VARCHAR(255),
    recipient_email  VARCHAR(320),
    kisi_user_id     VARCHAR(64),
    subject          VARCHAR(1000)            NOT NULL,
    body             VARCHAR(100000)          NOT NULL,
    state            VARCHAR(16)              NOT NULL,
    attempts         INTEGER DEFAULT 0        NOT NULL,
    last_error       VARCHAR(1000),
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    claimed_until    TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    version          INTEGER DEFAULT 0        NOT NULL,
    CONSTRAINT ck_email_delivery_state CHECK (state IN ('PENDING', 'RETRYING', 'SENT', 'FAILED')),
    CONSTRAINT ck_email_delivery_recipient CHECK (recipient_email IS NOT NULL OR kisi_user_id IS NOT NULL)
);
CREATE INDEX ix_email_delivery_due ON email_delivery (state, next_attempt_at);
CREATE INDEX ix_email_delivery_incident ON email_delivery (incident_id);
CREATE INDEX ix_email_delivery_created ON email_delivery (created_at);

-- A security event carries the incident's or the access event's data: more than 4000 characters in rare cases.
ALTER TABLE outbox_message ALTER COLUMN body SET DATA TYPE VARCHAR(32000);
