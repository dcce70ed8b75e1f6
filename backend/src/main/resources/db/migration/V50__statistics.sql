-- Statistics: vendors' annual filings (outsourcing revenue, headcount, trainees placed) with every
-- revision kept, the firms the authority recognises as well-known relocating firms, and the policy
-- targets per plan period.

CREATE TABLE vendor_filing (
    id                  UUID            PRIMARY KEY,
    organisation_id     UUID            NOT NULL REFERENCES organisation (id),
    year                SMALLINT        NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    revenue             NUMERIC(15, 2)  NOT NULL CHECK (revenue >= 0),
    offshore_revenue    NUMERIC(15, 2)  NOT NULL DEFAULT 0 CHECK (offshore_revenue >= 0),
    headcount           INTEGER         NOT NULL CHECK (headcount BETWEEN 0 AND 1000000),
    trainees_placed     INTEGER         NOT NULL DEFAULT 0 CHECK (trainees_placed BETWEEN 0 AND 1000000),
    revision            INTEGER         NOT NULL CHECK (revision >= 1),
    filed_at            TIMESTAMPTZ     NOT NULL,
    updated_at          TIMESTAMPTZ     NOT NULL,
    CONSTRAINT vendor_filing_offshore_within_revenue CHECK (offshore_revenue <= revenue),
    CONSTRAINT vendor_filing_one_per_year UNIQUE (organisation_id, year)
);

CREATE INDEX vendor_filing_by_year ON vendor_filing (year);

-- Every state a filing had: the vendor's own filings and amendments, and the authority's corrections
-- with their reason.
CREATE TABLE vendor_filing_revision (
    filing_id           UUID            NOT NULL REFERENCES vendor_filing (id),
    revision            INTEGER         NOT NULL CHECK (revision >= 1),
    kind                VARCHAR(20)     NOT NULL CHECK (kind IN ('FILED', 'AMENDED', 'CORRECTED')),
    revenue             NUMERIC(15, 2)  NOT NULL,
    offshore_revenue    NUMERIC(15, 2)  NOT NULL,
    headcount           INTEGER         NOT NULL,
    trainees_placed     INTEGER         NOT NULL,
    reason              VARCHAR(1000),
    changed_by          UUID            NOT NULL REFERENCES app_user (id),
    changed_by_organisation_id UUID     NOT NULL REFERENCES organisation (id),
    changed_at          TIMESTAMPTZ     NOT NULL,
    PRIMARY KEY (filing_id, revision),
    CONSTRAINT vendor_filing_correction_reason CHECK (kind <> 'CORRECTED' OR btrim(reason) <> '')
);

-- Well-known firms (国内外知名企业) that moved outsourcing work to the province, as recognised by the
-- authority.
CREATE TABLE well_known_firm (
    organisation_id  UUID           PRIMARY KEY REFERENCES organisation (id),
    recognised_on    DATE           NOT NULL,
    note             VARCHAR(1000)  NOT NULL CHECK (btrim(note) <> ''),
    recognised_by    UUID           NOT NULL REFERENCES app_user (id),
    recognised_at    TIMESTAMPTZ    NOT NULL
);

-- The targets of a plan period; the authority sets new ones for a new plan period.
CREATE TABLE plan_period (
    code        VARCHAR(40)    PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]*$'),
    name_zh     VARCHAR(200)   NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en     VARCHAR(200)   NOT NULL CHECK (btrim(name_en) <> ''),
    source      VARCHAR(300)   NOT NULL CHECK (btrim(source) <> ''),
    starts_on   DATE           NOT NULL,
    ends_on     DATE           NOT NULL,
    updated_at  TIMESTAMPTZ    NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CHECK (ends_on > starts_on)
);

CREATE TABLE policy_target (
    plan_period  VARCHAR(40)     NOT NULL REFERENCES plan_period (code) ON DELETE CASCADE,
    indicator    VARCHAR(30)     NOT NULL CHECK (indicator IN ('WELL_KNOWN_FIRMS', 'SCALE_FIRMS', 'LARGE_FIRMS',
                                                               'ANNUAL_REVENUE', 'EMPLOYMENT')),
    target       NUMERIC(18, 2)  NOT NULL CHECK (target > 0),
    PRIMARY KEY (plan_period, indicator)
);

-- The targets of 黑政发〔2008〕15号, carried into the platform's first plan period.
INSERT INTO plan_period (code, name_zh, name_en, source, starts_on, ends_on, updated_at) VALUES
    ('2026-2030', '服务外包产业发展目标（2026—2030）', 'Service-outsourcing targets 2026–2030',
     '黑龙江省人民政府关于促进服务外包产业发展的若干意见（黑政发〔2008〕15号）',
     DATE '2026-01-01', DATE '2030-12-31', TIMESTAMPTZ '2026-01-01 00:00:00+08');

INSERT INTO policy_target (plan_period, indicator, target) VALUES
    ('2026-2030', 'WELL_KNOWN_FIRMS', 20),
    ('2026-2030', 'SCALE_FIRMS', 20),
    ('2026-2030', 'LARGE_FIRMS', 3),
    ('2026-2030', 'ANNUAL_REVENUE', 30000000000),
    ('2026-2030', 'EMPLOYMENT', 150000);
