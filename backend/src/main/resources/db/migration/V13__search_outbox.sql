-- Changes the search index must see, written in the same transaction as the change itself. The
-- relay takes them in batches (FOR UPDATE SKIP LOCKED, so several instances share the work),
-- indexes the current state of each document, and deletes the rows; while the engine is down the
-- rows wait with a growing back-off and nothing is lost.
CREATE TABLE search_outbox (
    id               BIGINT        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    index_name       VARCHAR(40)   NOT NULL,
    document_id      VARCHAR(80)   NOT NULL,
    enqueued_at      TIMESTAMPTZ   NOT NULL,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    last_error       VARCHAR(2000)
);

CREATE INDEX search_outbox_due ON search_outbox (next_attempt_at, id);
