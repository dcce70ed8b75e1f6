-- Audit events about a sealed bid stay hidden from everyone but the bidder until the deadline:
-- the trail must not reveal that a bid exists before anyone may know it.
ALTER TABLE audit_event ADD COLUMN sealed_until TIMESTAMPTZ;
