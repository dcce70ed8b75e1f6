-- The OCDS feed reads tender amendments from the audit trail (the amend flow records them there
-- with the tender before and after). A partial index keeps that read to the amendments alone,
-- however long the trail grows.
-- [jooq ignore start]
CREATE INDEX audit_event_tender_amendments ON audit_event (entity_id, occurred_at)
    WHERE entity_type = 'tender' AND action IN ('tender.amended', 'tender.amended-materially');
-- [jooq ignore stop]
