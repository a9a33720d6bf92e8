-- Version 4: cameras get their stream, credentials (sealed), analysis rate, on/off switch and scene.
ALTER TABLE camera ADD COLUMN stream_url VARCHAR(1000);
ALTER TABLE camera ADD COLUMN credentials_secret VARCHAR(2000);
ALTER TABLE camera ADD COLUMN analysis_fps DOUBLE PRECISION DEFAULT 5 NOT NULL;
ALTER TABLE camera ADD COLUMN enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE camera ADD COLUMN scene_json VARCHAR(8000);
ALTER TABLE camera ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
