-- Version 13: which node reads each camera. A node reads a camera's stream only while it holds the camera's lease:
-- it renews its own lease every few seconds (a conditional UPDATE: still its own, or expired), and another node takes
-- the lease over once it has expired, e.g. after the holder died. A camera never held has no row. The lease goes with
-- its camera.
CREATE TABLE camera_lease (
    camera_id   UUID                     NOT NULL PRIMARY KEY REFERENCES camera (id) ON DELETE CASCADE,
    holder      VARCHAR(255)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
