-- Version 22: an account whose password someone else chose (the generated first admin password, a reset) must choose
-- its own at its next sign-in; until then it may only change its password.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
