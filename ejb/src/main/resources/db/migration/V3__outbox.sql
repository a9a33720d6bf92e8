-- Version 3: the outbox. Messages that must leave with a database change (a tailgating job with its access event)
-- are written here in the same one-phase commit and relayed to Artemis right after, instead of a two-phase commit of
-- database and broker on every webhook request.
CREATE TABLE outbox_message (
    id           UUID                     NOT NULL PRIMARY KEY,
    destination  VARCHAR(200)             NOT NULL,
    group_id     VARCHAR(200),
    body         VARCHAR(4000)            NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_outbox_created_at ON outbox_message (created_at);
