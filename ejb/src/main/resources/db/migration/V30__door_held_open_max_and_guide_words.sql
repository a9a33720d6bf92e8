-- Version 30: a held-open window ends at the latest this long after Kisi reported the door held open (per door,
-- default 60 s): a webhook subscribed as Camio's guide says (lock.forced_open, lock.held_open, lock.unlock) never
-- sends a closing event, and a window that never ends is never judged.
ALTER TABLE door ADD COLUMN held_open_max_seconds INTEGER DEFAULT 60 NOT NULL;

-- The words of Camio's Kisi guide, on the labels written before them (new labels get them from DoorEventLabels and
-- IncidentLabels): the guide's held-open token, and "tailgating" on forced entries (unauthorised entries too).
UPDATE label SET search_text = search_text || ' | entry.ajar.started'
    WHERE token = 'entry.ajar_started' AND LENGTH(search_text) <= 1980;
UPDATE label SET search_text = search_text || ' | tailgating'
    WHERE token = 'threshold.forced_entry' AND LENGTH(search_text) <= 1985;
