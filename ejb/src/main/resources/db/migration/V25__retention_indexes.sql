-- Version 25: what database retention (DatabaseRetention) looks rows up by: their age, and whether an incident or a
-- label still refers to them. Without these, each batch would scan the table.
CREATE INDEX ix_analysed_frame_captured_at ON analysed_frame (captured_at);
CREATE INDEX ix_tile_occupancy_since ON tile_occupancy (since);
CREATE INDEX ix_door_crossing_crossed_at ON door_crossing (crossed_at);
CREATE INDEX ix_incident_occurrence_crossing ON incident_occurrence (crossing_id);
CREATE INDEX ix_label_door_crossing ON label (door_crossing_id);
CREATE INDEX ix_incident_grant_access_event ON incident_grant (access_event_id);
