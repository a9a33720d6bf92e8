-- Version 7: which floor tiles tracked people stand on, per camera, for the red-tile overlay. One row each time the
-- set of occupied tiles changes (not one per frame): the set holds from `since` until the camera's next row.
-- `tiles` lists tile indices (row × tile columns + column, ascending) separated by commas; '' when nobody is there.
CREATE TABLE tile_occupancy (
    id          UUID                     NOT NULL PRIMARY KEY,
    camera_id   UUID                     NOT NULL REFERENCES camera (id) ON DELETE CASCADE,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    tiles       VARCHAR(4000)            NOT NULL,
    CONSTRAINT uq_tile_occupancy UNIQUE (camera_id, since)
);
