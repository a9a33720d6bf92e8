-- Version 28: per door, whether the e-mails about a doubtful incident (every unauthorised entry rests on a
-- low-confidence crossing) wait until a reviewer confirms it. Off: they are sent at once, saying the count is
-- uncertain.
ALTER TABLE door ADD COLUMN hold_doubtful_email BOOLEAN DEFAULT FALSE NOT NULL;
