-- Matching: invitations to tender, vendors' saved tender searches, and the alerts they raised.

-- A client invites a vendor to a tender at most once; the invitation reaches the vendor as a
-- notification.
CREATE TABLE tender_invitation (
    tender_id               UUID         NOT NULL REFERENCES tender (id),
    vendor_organisation_id  UUID         NOT NULL REFERENCES organisation (id),
    invited_by              UUID         NOT NULL REFERENCES app_user (id),
    invited_at              TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tender_id, vendor_organisation_id)
);

CREATE INDEX tender_invitation_by_vendor ON tender_invitation (vendor_organisation_id, invited_at DESC);

-- A vendor's tender search (free text and the filters of the search page) kept to be alerted of new
-- tenders that match it. filters holds arrays of codes under category, industry, city and
-- deliveryMode, and numbers under budgetMin and budgetMax.
CREATE TABLE saved_search (
    id               UUID          PRIMARY KEY,
    organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    created_by       UUID          NOT NULL REFERENCES app_user (id),
    name             VARCHAR(100)  NOT NULL CHECK (btrim(name) <> ''),
    query            VARCHAR(500)  CHECK (query IS NULL OR btrim(query) <> ''),
    filters          JSONB         NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filters) = 'object'),
    alerts           BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL
);

CREATE INDEX saved_search_by_organisation ON saved_search (organisation_id, created_at);

-- One alert per saved search and tender, whatever instance finds the match and however often the
-- tender is amended. An alert over the organisation's daily limit is kept as such and never sent.
CREATE TABLE saved_search_alert (
    saved_search_id  UUID         NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
    tender_id        UUID         NOT NULL REFERENCES tender (id),
    organisation_id  UUID         NOT NULL REFERENCES organisation (id),
    outcome          VARCHAR(20)  NOT NULL CHECK (outcome IN ('SENT', 'OVER_DAILY_LIMIT')),
    created_at       TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (saved_search_id, tender_id)
);

CREATE INDEX saved_search_alert_per_day ON saved_search_alert (organisation_id, created_at);

-- Each published tender is compared with the saved searches once: the instance that inserts this
-- row does it, in the same transaction as the alerts.
CREATE TABLE saved_search_scan (
    tender_id   UUID         PRIMARY KEY REFERENCES tender (id),
    scanned_at  TIMESTAMPTZ  NOT NULL
);
