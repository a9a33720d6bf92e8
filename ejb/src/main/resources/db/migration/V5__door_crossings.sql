-- Version 5: people counted crossing a door line, one row per passage; a redelivered frame finds its crossing there.
CREATE TABLE door_crossing (
    id          UUID                     NOT NULL PRIMARY KEY,
    camera_id   UUID                     NOT NULL REFERENCES camera (id),
    track_id    BIGINT                   NOT NULL,
    crossed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    direction   VARCHAR(3)               NOT NULL,
    confidence  DOUBLE PRECISION         NOT NULL,
    frame_ref   VARCHAR(1000),
    CONSTRAINT uq_door_crossing UNIQUE (camera_id, track_id, crossed_at)
);
CREATE INDEX ix_door_crossing_camera_time ON door_crossing (camera_id, crossed_at);

ALTER TABLE label ADD COLUMN door_crossing_id UUID REFERENCES door_crossing (id);
