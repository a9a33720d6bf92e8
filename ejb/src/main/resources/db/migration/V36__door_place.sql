-- Version 36: the place a door belongs to. NULL is the first (default) place, the one of kisi_settings, so that every
-- door of a single-place set-up stays where it was. A place with doors cannot be deleted (the foreign key refuses).
ALTER TABLE door ADD COLUMN place_id UUID;
ALTER TABLE door ADD CONSTRAINT fk_door_place FOREIGN KEY (place_id) REFERENCES kisi_place (id);
CREATE INDEX ix_door_place ON door (place_id);
