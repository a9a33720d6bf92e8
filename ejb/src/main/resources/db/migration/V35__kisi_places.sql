-- Version 35: more than one Kisi place. The place in kisi_settings stays the first (default) place, unchanged; each
-- further place (another place or organisation) is a row here, with its own signature key and API token, encrypted.
CREATE TABLE kisi_place (
    id                    UUID                     NOT NULL PRIMARY KEY,
    name                  VARCHAR(100)             NOT NULL,
    organization_id       VARCHAR(64)              NOT NULL,
    place_id              VARCHAR(64)              NOT NULL,
    signature_key_secret  VARCHAR(1000),
    api_token_secret      VARCHAR(2000),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by            VARCHAR(64)              NOT NULL,
    CONSTRAINT uq_kisi_place_name UNIQUE (name),
    CONSTRAINT uq_kisi_place_kisi_ids UNIQUE (organization_id, place_id)
);
