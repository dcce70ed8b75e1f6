-- Tenders with their requirements, criteria and lots; clarification Q&A; sealed bids with every
-- version kept; evaluation scores; awards, contracts and ratings; notifications; idempotent POSTs.

CREATE TABLE tender (
    id                       UUID           PRIMARY KEY,
    client_organisation_id   UUID           NOT NULL REFERENCES organisation (id),
    created_by               UUID           NOT NULL REFERENCES app_user (id),
    status                   VARCHAR(20)    NOT NULL
                             CHECK (status IN ('DRAFT', 'ACTIVE', 'EVALUATION', 'AWARDED', 'UNSUCCESSFUL', 'CANCELLED')),
    title                    VARCHAR(200)   NOT NULL CHECK (btrim(title) <> ''),
    description              VARCHAR(20000) NOT NULL DEFAULT '',
    client_industry          VARCHAR(40)    REFERENCES industry (code),
    city                     VARCHAR(40)    REFERENCES city (code),
    delivery_mode            VARCHAR(20)    CHECK (delivery_mode IN ('ONSHORE', 'OFFSHORE', 'NEARSHORE')),
    budget_min               NUMERIC(15, 2) CHECK (budget_min >= 0),
    budget_max               NUMERIC(15, 2) CHECK (budget_max > 0),
    price_ceiling            NUMERIC(15, 2) CHECK (price_ceiling > 0),
    contact_name             VARCHAR(100),
    contact_phone            VARCHAR(40),
    contact_email            VARCHAR(254),
    minimum_headcount        INTEGER        NOT NULL DEFAULT 0 CHECK (minimum_headcount >= 0),
    notice_period_days       SMALLINT       NOT NULL DEFAULT 10 CHECK (notice_period_days BETWEEN 0 AND 365),
    clarification_deadline   TIMESTAMPTZ,
    bid_deadline             TIMESTAMPTZ,
    opening_time             TIMESTAMPTZ,
    price_weight             SMALLINT       NOT NULL DEFAULT 100 CHECK (price_weight BETWEEN 0 AND 100),
    minimum_bids             SMALLINT       NOT NULL DEFAULT 1 CHECK (minimum_bids >= 1),
    published_at             TIMESTAMPTZ,
    closed_at                TIMESTAMPTZ,
    decided_at               TIMESTAMPTZ,
    cancelled_at             TIMESTAMPTZ,
    cancel_reason            VARCHAR(1000),
    created_at               TIMESTAMPTZ    NOT NULL,
    updated_at               TIMESTAMPTZ    NOT NULL,
    version                  BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT tender_budget_range CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max),
    -- once published a tender has its deadlines, in order, and its publication time
    CONSTRAINT tender_published_complete CHECK (
        status IN ('DRAFT', 'CANCELLED')
        OR (published_at IS NOT NULL AND clarification_deadline IS NOT NULL AND bid_deadline IS NOT NULL
            AND clarification_deadline <= bid_deadline
            AND (opening_time IS NULL OR opening_time >= bid_deadline))),
    CONSTRAINT tender_cancel_reason CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND btrim(cancel_reason) <> ''))
);

CREATE INDEX tender_by_client ON tender (client_organisation_id, created_at DESC);
CREATE INDEX tender_open_by_deadline ON tender (bid_deadline) WHERE status = 'ACTIVE';

CREATE TABLE tender_capability (
    tender_id        UUID         NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    capability_code  VARCHAR(60)  NOT NULL REFERENCES capability (code),
    PRIMARY KEY (tender_id, capability_code)
);

CREATE INDEX tender_capability_by_code ON tender_capability (capability_code);

CREATE TABLE tender_language (
    tender_id  UUID        NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    language   VARCHAR(8)  NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    PRIMARY KEY (tender_id, language)
);

-- required certifications; minimum_level applies to CMMI and PCMM only
CREATE TABLE tender_certification (
    tender_id      UUID         NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    type           VARCHAR(20)  NOT NULL CHECK (type IN ('CMMI', 'PCMM', 'ISO_IEC_27001', 'ISO_IEC_20000', 'SOC1_SAS70')),
    minimum_level  SMALLINT,
    PRIMARY KEY (tender_id, type),
    CHECK ((type IN ('CMMI', 'PCMM') AND minimum_level BETWEEN 1 AND 5)
           OR (type NOT IN ('CMMI', 'PCMM') AND minimum_level IS NULL))
);

-- named quality criteria; with the tender's price weight their weights sum to 100 (checked at publication)
CREATE TABLE tender_criterion (
    tender_id  UUID          NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    position   SMALLINT      NOT NULL CHECK (position >= 0),
    name       VARCHAR(200)  NOT NULL CHECK (btrim(name) <> ''),
    weight     SMALLINT      NOT NULL CHECK (weight BETWEEN 1 AND 100),
    PRIMARY KEY (tender_id, position)
);

CREATE TABLE tender_lot (
    id          UUID           PRIMARY KEY,
    tender_id   UUID           NOT NULL REFERENCES tender (id) ON DELETE CASCADE,
    position    SMALLINT       NOT NULL CHECK (position >= 0),
    title       VARCHAR(200)   NOT NULL CHECK (btrim(title) <> ''),
    budget_max  NUMERIC(15, 2) CHECK (budget_max > 0),
    UNIQUE (tender_id, position)
);

CREATE TABLE tender_amendment (
    id           UUID          PRIMARY KEY,
    tender_id    UUID          NOT NULL REFERENCES tender (id),
    amended_at   TIMESTAMPTZ   NOT NULL,
    amended_by   UUID          NOT NULL REFERENCES app_user (id),
    material     BOOLEAN       NOT NULL,
    changes      JSONB         NOT NULL
);

CREATE INDEX tender_amendment_by_tender ON tender_amendment (tender_id, amended_at);

-- Questions are answered to everyone: the asker is kept for the record, never shown.
CREATE TABLE tender_question (
    id                       UUID            PRIMARY KEY,
    tender_id                UUID            NOT NULL REFERENCES tender (id),
    asked_by_organisation_id UUID            NOT NULL REFERENCES organisation (id),
    asked_by                 UUID            NOT NULL REFERENCES app_user (id),
    question                 VARCHAR(4000)   NOT NULL CHECK (btrim(question) <> ''),
    asked_at                 TIMESTAMPTZ     NOT NULL,
    answer                   VARCHAR(8000),
    answered_by              UUID            REFERENCES app_user (id),
    answered_at              TIMESTAMPTZ,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);

CREATE INDEX tender_question_by_tender ON tender_question (tender_id, asked_at);

CREATE TABLE bid (
    id                      UUID          PRIMARY KEY,
    tender_id               UUID          NOT NULL REFERENCES tender (id),
    lot_id                  UUID          REFERENCES tender_lot (id),
    vendor_organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    status                  VARCHAR(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'WITHDRAWN', 'AWARDED', 'LOST')),
    current_version         INTEGER       NOT NULL CHECK (current_version >= 1),
    needs_reconfirmation    BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at            TIMESTAMPTZ   NOT NULL,
    updated_at              TIMESTAMPTZ   NOT NULL,
    withdrawn_at            TIMESTAMPTZ,
    CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);

-- [jooq ignore start]
-- At most one live bid per vendor per tender (or lot), whatever the application does.
CREATE UNIQUE INDEX bid_one_live_per_vendor
    ON bid (tender_id, COALESCE(lot_id, '00000000-0000-0000-0000-000000000000'::uuid), vendor_organisation_id)
    WHERE status <> 'WITHDRAWN';
-- [jooq ignore stop]
CREATE INDEX bid_by_vendor ON bid (vendor_organisation_id, submitted_at DESC);

CREATE TABLE bid_version (
    bid_id          UUID            NOT NULL REFERENCES bid (id),
    version_number  INTEGER         NOT NULL CHECK (version_number >= 1),
    price           NUMERIC(15, 2)  NOT NULL CHECK (price > 0),
    duration_days   INTEGER         NOT NULL CHECK (duration_days BETWEEN 1 AND 3650),
    proposal        VARCHAR(20000)  NOT NULL DEFAULT '',
    answers         JSONB           NOT NULL DEFAULT '[]',
    submitted_by    UUID            NOT NULL REFERENCES app_user (id),
    submitted_at    TIMESTAMPTZ     NOT NULL,
    PRIMARY KEY (bid_id, version_number)
);

CREATE TABLE bid_score (
    bid_id              UUID         NOT NULL REFERENCES bid (id),
    criterion_position  SMALLINT     NOT NULL,
    score               SMALLINT     NOT NULL CHECK (score BETWEEN 0 AND 100),
    scored_by           UUID         NOT NULL REFERENCES app_user (id),
    scored_at           TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (bid_id, criterion_position)
);

CREATE TABLE award (
    id           UUID            PRIMARY KEY,
    tender_id    UUID            NOT NULL REFERENCES tender (id),
    lot_id       UUID            REFERENCES tender_lot (id),
    bid_id       UUID            NOT NULL UNIQUE REFERENCES bid (id),
    reason       VARCHAR(2000)   NOT NULL CHECK (btrim(reason) <> ''),
    value        NUMERIC(15, 2)  NOT NULL CHECK (value > 0),
    awarded_by   UUID            NOT NULL REFERENCES app_user (id),
    awarded_at   TIMESTAMPTZ     NOT NULL
);

-- [jooq ignore start]
-- One award per tender (or lot): two concurrent awards cannot both win.
CREATE UNIQUE INDEX award_one_per_tender_or_lot
    ON award (tender_id, COALESCE(lot_id, '00000000-0000-0000-0000-000000000000'::uuid));
-- [jooq ignore stop]

CREATE TABLE contract (
    id                      UUID            PRIMARY KEY,
    award_id                UUID            NOT NULL UNIQUE REFERENCES award (id),
    tender_id               UUID            NOT NULL REFERENCES tender (id),
    client_organisation_id  UUID            NOT NULL REFERENCES organisation (id),
    vendor_organisation_id  UUID            NOT NULL REFERENCES organisation (id),
    value                   NUMERIC(15, 2)  NOT NULL CHECK (value > 0),
    starts_on               DATE            NOT NULL,
    ends_on                 DATE            NOT NULL,
    status                  VARCHAR(20)     NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')),
    ended_at                TIMESTAMPTZ,
    end_reason              VARCHAR(2000),
    created_at              TIMESTAMPTZ     NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK ((status = 'ACTIVE') = (ended_at IS NULL))
);

CREATE INDEX contract_by_vendor ON contract (vendor_organisation_id);

CREATE TABLE contract_rating (
    contract_id    UUID           PRIMARY KEY REFERENCES contract (id),
    quality        SMALLINT       NOT NULL CHECK (quality BETWEEN 1 AND 5),
    schedule       SMALLINT       NOT NULL CHECK (schedule BETWEEN 1 AND 5),
    communication  SMALLINT       NOT NULL CHECK (communication BETWEEN 1 AND 5),
    comment        VARCHAR(2000),
    rated_by       UUID           NOT NULL REFERENCES app_user (id),
    rated_at       TIMESTAMPTZ    NOT NULL
);

CREATE TABLE notification (
    id                         UUID          PRIMARY KEY,
    recipient_organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    kind                       VARCHAR(40)   NOT NULL,
    tender_id                  UUID          REFERENCES tender (id),
    payload                    JSONB         NOT NULL DEFAULT '{}',
    created_at                 TIMESTAMPTZ   NOT NULL,
    read_at                    TIMESTAMPTZ
);

CREATE INDEX notification_inbox ON notification (recipient_organisation_id, created_at DESC);

-- A retried POST with the same Idempotency-Key returns the first answer and creates nothing new.
CREATE TABLE idempotent_request (
    user_id        UUID          NOT NULL,
    key            VARCHAR(200)  NOT NULL,
    request_hash   CHAR(64)      NOT NULL,
    status         INTEGER,
    content_type   VARCHAR(100),
    body           TEXT,
    created_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (user_id, key)
);
