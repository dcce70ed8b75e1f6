-- Events written in the same instant (one transaction, or a stopped test clock) still need a
-- stable order: the sequence in which they were written.
ALTER TABLE audit_event ADD COLUMN seq BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX audit_event_by_seq ON audit_event (seq DESC);
