-- The audit trail: one row per state change, written in the same transaction as the change.
-- Actor and entity ids are kept without foreign keys on purpose: the trail must outlive the rows
-- it describes, and it must never block a change to them.
CREATE TABLE audit_event (
    id                    UUID         PRIMARY KEY,
    occurred_at           TIMESTAMPTZ  NOT NULL,
    actor_user_id         UUID,
    actor_organisation_id UUID,
    action                VARCHAR(80)  NOT NULL CHECK (action <> ''),
    entity_type           VARCHAR(80)  NOT NULL CHECK (entity_type <> ''),
    entity_id             VARCHAR(80)  NOT NULL CHECK (entity_id <> ''),
    before_state          JSONB,
    after_state           JSONB,
    request_id            VARCHAR(80)
);

CREATE INDEX audit_event_by_organisation ON audit_event (actor_organisation_id, occurred_at DESC);
CREATE INDEX audit_event_by_entity ON audit_event (entity_type, entity_id, occurred_at DESC);

-- [jooq ignore start]
-- Audit events are append-only for everyone, whatever the application does.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit events cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
-- [jooq ignore stop]
