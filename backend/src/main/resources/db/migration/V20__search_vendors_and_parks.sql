-- Vendors and parks in the search index. Their documents are assembled from several tables (a
-- profile and its certifications; a park and its space units), so no single row version grows with
-- every change: the outbox counts the changes of such documents here instead, in the same
-- transaction, and that count is the document's version in the index.
CREATE TABLE search_document_version (
    index_name   VARCHAR(40)  NOT NULL,
    document_id  VARCHAR(80)  NOT NULL,
    version      BIGINT       NOT NULL CHECK (version > 0),
    PRIMARY KEY (index_name, document_id)
);

-- A verified certification stops counting the day after it expires, without any write. The firms
-- feature remembers which expiries it has already announced to the index (keyed by the expiry date,
-- so a certification renewed with a new date is announced again when that one passes).
CREATE TABLE certification_expiry_announced (
    certification_id  UUID  NOT NULL,
    expires_on        DATE  NOT NULL,
    PRIMARY KEY (certification_id, expires_on)
);

-- Vendors and parks that exist already reach the index through the outbox like every later change.
INSERT INTO search_outbox (index_name, document_id, enqueued_at, next_attempt_at)
SELECT 'vendors', organisation_id::text, now(), now() FROM vendor_profile;

INSERT INTO search_outbox (index_name, document_id, enqueued_at, next_attempt_at)
SELECT 'parks', id::text, now(), now() FROM park;
