-- Version 2: Kisi settings, doors (Kisi locks) mapped to cameras, and whether an event came with a valid signature.

ALTER TABLE access_event ADD COLUMN signed BOOLEAN DEFAULT FALSE NOT NULL;

-- A camera; only its name until the camera work adds stream, credentials and scene.
CREATE TABLE camera (
    id          UUID                     NOT NULL PRIMARY KEY,
    name        VARCHAR(100)             NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_camera_name UNIQUE (name)
);

-- A door is a Kisi lock; its name is Kisi's, remembered from the lock list or the latest event.
CREATE TABLE door (
    lock_id     VARCHAR(64)              NOT NULL PRIMARY KEY,
    name        VARCHAR(255),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE door_camera (
    lock_id    VARCHAR(64) NOT NULL REFERENCES door (lock_id) ON DELETE CASCADE,
    camera_id  UUID        NOT NULL REFERENCES camera (id),
    PRIMARY KEY (lock_id, camera_id)
);

-- The label of a lock event is put on the video of every camera of its door.
ALTER TABLE label ADD COLUMN camera_id UUID REFERENCES camera (id);
CREATE INDEX ix_label_camera ON label (camera_id);

-- One row: the Kisi integration's settings. Secrets are stored encrypted (AES-GCM), never in clear.
CREATE TABLE kisi_settings (
    id                    INTEGER                  NOT NULL PRIMARY KEY,
    organization_id       VARCHAR(64)              NOT NULL,
    place_id              VARCHAR(64)              NOT NULL,
    public_base_url       VARCHAR(500),
    signature_key_secret  VARCHAR(1000),
    api_token_secret      VARCHAR(2000),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(64)              NOT NULL,
    CONSTRAINT ck_kisi_settings_single_row CHECK (id = 1)
);
