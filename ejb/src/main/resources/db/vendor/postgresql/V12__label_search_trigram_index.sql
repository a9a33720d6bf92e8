-- Version 12, PostgreSQL only: label search at scale. Search is "every word occurs in search_text" (LIKE '%word%'),
-- which a B-tree cannot answer; a GIN index of the text's trigrams can, with exactly the same results (PostgreSQL
-- rechecks each candidate row). JpaLabelRepository uses it for the older labels; docs/operations.md ("Label search
-- at scale") explains the choice, docs/benchmarks.md ("Search at scale") has the figures.
-- pg_trgm ships with PostgreSQL and is a trusted extension since PostgreSQL 13: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_label_search_text_trgm ON label USING gin (search_text gin_trgm_ops);
