-- Version 6: door windows with their verdicts, tailgating and forced-entry incidents, and what they need.

-- Who was let in, to mail them (Kisi's actor_email, when the webhook carries it).
ALTER TABLE access_event ADD COLUMN actor_email VARCHAR(255);
-- A door's events around a moment: how its windows are cut.
CREATE INDEX ix_access_event_lock_time ON access_event (object_id, created_at);

-- An incident: people went in through a door who were not let in. One per door window, always.
CREATE TABLE incident (
    id             UUID                     NOT NULL PRIMARY KEY,
    lock_id        VARCHAR(64)              NOT NULL REFERENCES door (lock_id),
    kind           VARCHAR(20)              NOT NULL,
    status         VARCHAR(20)              NOT NULL,
    window_start   TIMESTAMP WITH TIME ZONE NOT NULL,
    window_end     TIMESTAMP WITH TIME ZONE NOT NULL,
    grants         INTEGER                  NOT NULL,
    entries        INTEGER                  NOT NULL,
    unauthorised   INTEGER                  NOT NULL,
    kisi_tailgate  BOOLEAN                  NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by    VARCHAR(64),
    review_reason  VARCHAR(1000),
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL
);
CREATE INDEX ix_incident_door_time ON incident (lock_id, window_start);
CREATE INDEX ix_incident_status_time ON incident (status, window_start);

-- One occurrence per person who went in unauthorised: when, on which camera, which counted crossing.
CREATE TABLE incident_occurrence (
    id           UUID                     NOT NULL PRIMARY KEY,
    incident_id  UUID                     NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    position     INTEGER                  NOT NULL,
    crossing_id  UUID REFERENCES door_crossing (id),
    camera_id    UUID REFERENCES camera (id),
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_incident_occurrence_incident ON incident_occurrence (incident_id);

-- The grants of the incident's window: who badged the tailgaters in.
CREATE TABLE incident_grant (
    incident_id      UUID NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    access_event_id  UUID NOT NULL REFERENCES access_event (id),
    PRIMARY KEY (incident_id, access_event_id)
);

-- Every door window with its verdict, also the ones where all was well; judged_first_at − ended_at is the verdict's
-- latency.
CREATE TABLE door_window_verdict (
    id               UUID                     NOT NULL PRIMARY KEY,
    lock_id          VARCHAR(64)              NOT NULL REFERENCES door (lock_id),
    kind             VARCHAR(20)              NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    grants           INTEGER                  NOT NULL,
    entries          INTEGER                  NOT NULL,
    tailgaters       INTEGER                  NOT NULL,
    forced_entries   INTEGER                  NOT NULL,
    kisi_tailgate    BOOLEAN                  NOT NULL,
    judged_first_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    judged_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    incident_id      UUID REFERENCES incident (id),
    CONSTRAINT uq_door_window_verdict UNIQUE (lock_id, started_at)
);
CREATE INDEX ix_door_window_verdict_time ON door_window_verdict (lock_id, ended_at);

-- "tailgating" and "forced entry" labels point at their incident.
ALTER TABLE label ADD COLUMN incident_id UUID REFERENCES incident (id) ON DELETE CASCADE;
CREATE INDEX ix_label_incident ON label (incident_id);
