-- Vendor profiles (one per VENDOR organisation) with their capabilities, languages, markets and
-- case studies, and the certifications the authority verifies. A certification's EXPIRED state is
-- never stored: it follows from expires_on and today's date wherever it is read.

CREATE TABLE vendor_profile (
    organisation_id  UUID          PRIMARY KEY REFERENCES organisation (id),
    legal_name_zh    VARCHAR(200)  NOT NULL CHECK (btrim(legal_name_zh) <> ''),
    legal_name_en    VARCHAR(200)  CHECK (legal_name_en IS NULL OR btrim(legal_name_en) <> ''),
    credit_code      CHAR(18)      NOT NULL UNIQUE,
    city             VARCHAR(40)   NOT NULL REFERENCES city (code),
    park_id          UUID          REFERENCES park (id),
    headcount        INTEGER       NOT NULL CHECK (headcount >= 0 AND headcount <= 1000000),
    founded_year     SMALLINT      CHECK (founded_year BETWEEN 1900 AND 2100),
    revenue_band     VARCHAR(30)   CHECK (revenue_band IN ('BELOW_10M', 'FROM_10M_TO_50M', 'FROM_50M_TO_200M',
                                                           'FROM_200M_TO_1B', 'ABOVE_1B')),
    description      VARCHAR(4000),
    demo             BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0
);

CREATE INDEX vendor_profile_by_city ON vendor_profile (city);
CREATE INDEX vendor_profile_by_headcount ON vendor_profile (headcount);
CREATE INDEX vendor_profile_by_park ON vendor_profile (park_id);

CREATE TABLE vendor_capability (
    organisation_id      UUID         NOT NULL REFERENCES vendor_profile (organisation_id) ON DELETE CASCADE,
    capability_code      VARCHAR(60)  NOT NULL REFERENCES capability (code),
    years_of_experience  SMALLINT     NOT NULL CHECK (years_of_experience BETWEEN 0 AND 100),
    PRIMARY KEY (organisation_id, capability_code)
);

CREATE INDEX vendor_capability_by_code ON vendor_capability (capability_code);

-- Working languages as lower-case ISO 639-1 codes (zh, en, ja, ko, ru, de, fr…).
CREATE TABLE vendor_language (
    organisation_id  UUID        NOT NULL REFERENCES vendor_profile (organisation_id) ON DELETE CASCADE,
    language         VARCHAR(8)  NOT NULL CHECK (language ~ '^[a-z]{2,3}$'),
    PRIMARY KEY (organisation_id, language)
);

CREATE TABLE vendor_market (
    organisation_id  UUID         NOT NULL REFERENCES vendor_profile (organisation_id) ON DELETE CASCADE,
    market           VARCHAR(20)  NOT NULL CHECK (market IN ('DOMESTIC', 'USA', 'JAPAN', 'EUROPE', 'OTHER')),
    PRIMARY KEY (organisation_id, market)
);

CREATE TABLE vendor_case_study (
    organisation_id  UUID          NOT NULL REFERENCES vendor_profile (organisation_id) ON DELETE CASCADE,
    position         SMALLINT      NOT NULL CHECK (position >= 0),
    title            VARCHAR(200)  NOT NULL CHECK (btrim(title) <> ''),
    client_industry  VARCHAR(40)   NOT NULL REFERENCES industry (code),
    year             SMALLINT      NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    value_band       VARCHAR(30)   NOT NULL CHECK (value_band IN ('BELOW_1M', 'FROM_1M_TO_5M', 'FROM_5M_TO_20M', 'ABOVE_20M')),
    PRIMARY KEY (organisation_id, position)
);

CREATE TABLE certification (
    id                       UUID          PRIMARY KEY,
    organisation_id          UUID          NOT NULL REFERENCES vendor_profile (organisation_id),
    type                     VARCHAR(20)   NOT NULL CHECK (type IN ('CMMI', 'PCMM', 'ISO_IEC_27001', 'ISO_IEC_20000', 'SOC1_SAS70', 'OTHER')),
    other_name               VARCHAR(200),
    level                    SMALLINT,
    certificate_number       VARCHAR(100)  NOT NULL CHECK (btrim(certificate_number) <> ''),
    issuer                   VARCHAR(200)  NOT NULL CHECK (btrim(issuer) <> ''),
    issued_on                DATE          NOT NULL,
    expires_on               DATE          NOT NULL,
    document_id              UUID          REFERENCES document (id),
    status                   VARCHAR(20)   NOT NULL CHECK (status IN ('UNVERIFIED', 'VERIFIED', 'REJECTED')),
    rejection_reason         VARCHAR(1000),
    reviewed_by              UUID          REFERENCES app_user (id),
    reviewed_at              TIMESTAMPTZ,
    created_at               TIMESTAMPTZ   NOT NULL,
    updated_at               TIMESTAMPTZ   NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT certification_expiry_after_issue CHECK (expires_on > issued_on),
    -- CMMI and PCMM are held at a maturity level 1–5; the others have none
    CONSTRAINT certification_level CHECK (
        (type IN ('CMMI', 'PCMM') AND level BETWEEN 1 AND 5)
        OR (type NOT IN ('CMMI', 'PCMM') AND level IS NULL)),
    CONSTRAINT certification_other_named CHECK (
        (type = 'OTHER' AND btrim(other_name) <> '') OR (type <> 'OTHER' AND other_name IS NULL)),
    CONSTRAINT certification_rejection_reason CHECK (
        (status = 'REJECTED' AND btrim(rejection_reason) <> '')
        OR (status <> 'REJECTED' AND rejection_reason IS NULL)),
    CONSTRAINT certification_reviewed CHECK (
        (status = 'UNVERIFIED' AND reviewed_at IS NULL) OR (status <> 'UNVERIFIED' AND reviewed_at IS NOT NULL))
);

CREATE INDEX certification_by_vendor ON certification (organisation_id);
CREATE INDEX certification_queue ON certification (status, created_at);
