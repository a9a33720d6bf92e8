-- Version 24: an admin revokes the shared links of an incident (the signed, expiring links of its e-mails); from then
-- on every such link of the incident answers 410 Gone, whatever its expiry.
CREATE TABLE incident_link_revocation (
    incident_id  UUID                     NOT NULL PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
    revoked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by   VARCHAR(64)              NOT NULL
);
