-- Version 31: per door and kind of door event (forced open, held open, tailgating, denied badge burst), who is
-- e-mailed: a list of security addresses and, for tailgating only, the badge holders. A door without a row for a kind
-- keeps the default (tailgating: the E-mail settings' recipients, as before; the other kinds: nobody). A row with no
-- address and no badge holder means "nobody". Forgetting the door forgets its alert settings.
CREATE TABLE door_alert (
    id                  UUID                     NOT NULL PRIMARY KEY,
    lock_id             VARCHAR(64)              NOT NULL REFERENCES door (lock_id) ON DELETE CASCADE,
    kind                VARCHAR(32)              NOT NULL,
    security_addresses  VARCHAR(2000),
    badge_holder        BOOLEAN DEFAULT FALSE    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(64)              NOT NULL,
    CONSTRAINT uq_door_alert_kind UNIQUE (lock_id, kind),
    CONSTRAINT ck_door_alert_kind CHECK (kind IN ('FORCED_OPEN', 'HELD_OPEN', 'TAILGATING', 'DENIED_BURST')),
    CONSTRAINT ck_door_alert_badge_holder CHECK (kind = 'TAILGATING' OR badge_holder = FALSE)
);
