-- Version 32: e-mails about a door event (a door alert), not only about an incident. Such a delivery has no incident;
-- it names its door and kind, and the cameras whose picture at snapshot_at is attached when it is sent (read then
-- from the frames the cameras wrote, so that writing the event never waits for video).
ALTER TABLE email_delivery ALTER COLUMN incident_id DROP NOT NULL;
ALTER TABLE email_delivery ADD COLUMN lock_id VARCHAR(64);
ALTER TABLE email_delivery ADD COLUMN alert_kind VARCHAR(32);
ALTER TABLE email_delivery ADD COLUMN snapshot_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE email_delivery ADD COLUMN snapshot_cameras VARCHAR(2000);
ALTER TABLE email_delivery ADD CONSTRAINT ck_email_delivery_about
    CHECK (incident_id IS NOT NULL OR alert_kind IS NOT NULL);
CREATE INDEX ix_email_delivery_lock ON email_delivery (lock_id);
