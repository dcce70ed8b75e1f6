-- Incentive policies as rules (RENT, CERTIFICATION, TRAINING), the claims computed by them, their
-- review, and the ledger that pays them. A policy is owned by a park operator (for one park) or by
-- the authority (province-wide, park_id NULL). Every edit adds a revision; a claim keeps the rule
-- and the numbers it was computed and decided with, so a later edit never changes it.

CREATE TABLE subsidy_policy (
    id                       UUID           PRIMARY KEY,
    owner_organisation_id    UUID           NOT NULL REFERENCES organisation (id),
    park_id                  UUID           REFERENCES park (id),
    type                     VARCHAR(20)    NOT NULL CHECK (type IN ('RENT', 'CERTIFICATION', 'TRAINING')),
    name_zh                  VARCHAR(200)   NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en                  VARCHAR(200)   CHECK (name_en IS NULL OR btrim(name_en) <> ''),
    valid_from               DATE           NOT NULL,
    valid_to                 DATE,
    annual_budget            NUMERIC(14, 2) NOT NULL CHECK (annual_budget > 0),
    funding_source           VARCHAR(20)    NOT NULL CHECK (funding_source IN ('PROVINCE', 'CITY', 'PARK', 'PROVINCE_AND_CITY')),
    rule                     JSONB          NOT NULL,
    revision                 INTEGER        NOT NULL CHECK (revision >= 1),
    created_at               TIMESTAMPTZ    NOT NULL,
    updated_at               TIMESTAMPTZ    NOT NULL,
    CONSTRAINT subsidy_policy_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    -- training subsidies are shared by province and city, as the policy says
    CONSTRAINT subsidy_policy_training_split CHECK ((type = 'TRAINING') = (funding_source = 'PROVINCE_AND_CITY'))
);

CREATE INDEX subsidy_policy_by_owner ON subsidy_policy (owner_organisation_id);
CREATE INDEX subsidy_policy_by_park ON subsidy_policy (park_id);

-- Every revision of a policy as it was, for claims and audits to refer to.
CREATE TABLE subsidy_policy_revision (
    policy_id   UUID         NOT NULL REFERENCES subsidy_policy (id),
    revision    INTEGER      NOT NULL,
    snapshot    JSONB        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    created_by  UUID         NOT NULL REFERENCES app_user (id),
    PRIMARY KEY (policy_id, revision)
);

-- What a policy has committed in one budget year: claims waiting for review count with their
-- computed amount, approved ones with their approved amount. Locked (FOR UPDATE) by every claim
-- and decision, so concurrent claims never commit more than the budget.
CREATE TABLE subsidy_budget_year (
    policy_id   UUID            NOT NULL REFERENCES subsidy_policy (id),
    year        SMALLINT        NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    budget      NUMERIC(14, 2)  NOT NULL CHECK (budget > 0),
    committed   NUMERIC(14, 2)  NOT NULL DEFAULT 0 CHECK (committed >= 0),
    paid        NUMERIC(14, 2)  NOT NULL DEFAULT 0 CHECK (paid >= 0),
    PRIMARY KEY (policy_id, year),
    CONSTRAINT subsidy_budget_not_exceeded CHECK (committed <= budget),
    CONSTRAINT subsidy_budget_paid_within_committed CHECK (paid <= committed)
);

CREATE TABLE subsidy_claim (
    id                        UUID            PRIMARY KEY,
    policy_id                 UUID            NOT NULL REFERENCES subsidy_policy (id),
    policy_revision           INTEGER         NOT NULL,
    claimant_organisation_id  UUID            NOT NULL REFERENCES organisation (id),
    type                      VARCHAR(20)     NOT NULL CHECK (type IN ('RENT', 'CERTIFICATION', 'TRAINING')),
    status                    VARCHAR(20)     NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID')),
    budget_year               SMALLINT        NOT NULL,
    basis                     JSONB           NOT NULL,
    computed_amount           NUMERIC(14, 2)  NOT NULL CHECK (computed_amount > 0),
    explanation               JSONB           NOT NULL,
    rule_snapshot             JSONB           NOT NULL,
    province_share            NUMERIC(14, 2),
    city_share                NUMERIC(14, 2),
    approved_amount           NUMERIC(14, 2)  CHECK (approved_amount > 0),
    decision_reason           VARCHAR(2000),
    decided_by                UUID            REFERENCES app_user (id),
    decided_at                TIMESTAMPTZ,
    paid_amount               NUMERIC(14, 2)  NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
    submitted_by              UUID            NOT NULL REFERENCES app_user (id),
    submitted_at              TIMESTAMPTZ     NOT NULL,
    FOREIGN KEY (policy_id, policy_revision) REFERENCES subsidy_policy_revision (policy_id, revision),
    CONSTRAINT subsidy_claim_decided CHECK (
        (status = 'SUBMITTED' AND decided_at IS NULL AND approved_amount IS NULL)
        OR (status IN ('APPROVED', 'PAID') AND decided_at IS NOT NULL AND approved_amount IS NOT NULL)
        OR (status = 'REJECTED' AND decided_at IS NOT NULL AND approved_amount IS NULL
            AND btrim(decision_reason) <> '')),
    -- an amount other than the computed one is only approved with a reason
    CONSTRAINT subsidy_claim_adjustment_reason CHECK (
        approved_amount IS NULL OR approved_amount = computed_amount OR btrim(decision_reason) <> ''),
    -- never paid more than approved
    CONSTRAINT subsidy_claim_paid_within_approved CHECK (paid_amount <= coalesce(approved_amount, 0)),
    CONSTRAINT subsidy_claim_paid_status CHECK ((status = 'PAID') = (approved_amount IS NOT NULL AND paid_amount = approved_amount))
);

CREATE INDEX subsidy_claim_by_policy ON subsidy_claim (policy_id, status);
CREATE INDEX subsidy_claim_by_claimant ON subsidy_claim (claimant_organisation_id, submitted_at);

-- What a claim asks to be paid for, one row per unit of basis: a lease month
-- (RENT:<lease>:<yyyy-mm>), a certificate (CERTIFICATION:<firm>:<type>:<level>) or a trainee
-- (TRAINEE:<identity number>). A rejected claim releases its basis; otherwise a basis belongs to one
-- claim only, whichever policy it was claimed under.
CREATE TABLE subsidy_claim_basis (
    claim_id   UUID          NOT NULL REFERENCES subsidy_claim (id),
    basis_key  VARCHAR(200)  NOT NULL CHECK (btrim(basis_key) <> ''),
    released   BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (claim_id, basis_key)
);

-- [jooq ignore start]
CREATE UNIQUE INDEX subsidy_basis_claimed_once ON subsidy_claim_basis (basis_key) WHERE NOT released;
-- [jooq ignore stop]

-- The ledger: one entry per payment and funding source.
CREATE TABLE subsidy_payment (
    id               UUID            PRIMARY KEY,
    claim_id         UUID            NOT NULL REFERENCES subsidy_claim (id),
    amount           NUMERIC(14, 2)  NOT NULL CHECK (amount > 0),
    funding_source   VARCHAR(20)     NOT NULL CHECK (funding_source IN ('PROVINCE', 'CITY', 'PARK')),
    reference        VARCHAR(100)    NOT NULL CHECK (btrim(reference) <> ''),
    paid_on          DATE            NOT NULL,
    recorded_by      UUID            NOT NULL REFERENCES app_user (id),
    recorded_at      TIMESTAMPTZ     NOT NULL,
    UNIQUE (claim_id, funding_source)
);

CREATE INDEX subsidy_payment_by_date ON subsidy_payment (recorded_at);
