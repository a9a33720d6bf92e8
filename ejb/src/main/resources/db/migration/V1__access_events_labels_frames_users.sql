-- Threshold schema, version 1. Written for both H2 and PostgreSQL: only types and syntax the two share.

CREATE TABLE access_event (
    id               UUID                     NOT NULL PRIMARY KEY,
    kisi_uuid        VARCHAR(64)              NOT NULL,
    event_type       VARCHAR(100)             NOT NULL,
    object_type      VARCHAR(255),
    object_id        VARCHAR(255),
    object_name      VARCHAR(255),
    actor_type       VARCHAR(255),
    actor_id         VARCHAR(255),
    actor_name       VARCHAR(255),
    place_id         VARCHAR(255),
    organization_id  VARCHAR(255),
    success          BOOLEAN,
    error_code       VARCHAR(255),
    error_message    VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_access_event_kisi_uuid UNIQUE (kisi_uuid)
);
CREATE INDEX ix_access_event_received_at ON access_event (received_at);

CREATE TABLE label (
    id               UUID                     NOT NULL PRIMARY KEY,
    access_event_id  UUID REFERENCES access_event (id),
    name             VARCHAR(100)             NOT NULL,
    token            VARCHAR(120)             NOT NULL,
    actor_token      VARCHAR(400),
    door_name        VARCHAR(255),
    actor_name       VARCHAR(255),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    search_text      VARCHAR(2000)            NOT NULL
);
CREATE INDEX ix_label_occurred_at ON label (occurred_at);
CREATE INDEX ix_label_access_event ON label (access_event_id);

CREATE TABLE analysed_frame (
    id           UUID                     NOT NULL PRIMARY KEY,
    camera_id    VARCHAR(100)             NOT NULL,
    captured_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    frame_ref    VARCHAR(1000)            NOT NULL,
    analysed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_analysed_frame UNIQUE (camera_id, captured_at)
);

-- Elytron's JDBC realm reads this table (see ear/src/main/wildfly/configure.cli).
CREATE TABLE user_account (
    username       VARCHAR(64)              NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(100)             NOT NULL,
    role           VARCHAR(20)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
