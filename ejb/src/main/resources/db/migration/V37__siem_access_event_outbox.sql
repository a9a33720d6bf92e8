-- The webhook's security events wait here as the id of the stored access event, not as CloudEvent documents: the
-- outbox relay builds the event's threshold.access-event.received and its labels' threshold.label.created when it
-- sends them (AccessEventReportRelay). Written in the webhook's transaction, so a report exists if and only if the
-- event does. Time-ordered ids: rows are appended, and the relay takes the oldest first. No foreign key: the relay
-- drops a row whose event is gone (retention), and the webhook's insert checks nothing it does not need.
CREATE TABLE siem_access_event (
    access_event_id UUID NOT NULL PRIMARY KEY
);
