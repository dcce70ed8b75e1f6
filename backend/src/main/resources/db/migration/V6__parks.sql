-- Parks run by park operators: capacity, level (set by the authority only), incentives and the
-- space units they lease. The sum of a park's unit areas never exceeds its leasable area; the
-- database guards that, also under concurrent writes.

CREATE TABLE park (
    id                        UUID           PRIMARY KEY,
    operator_organisation_id  UUID           NOT NULL REFERENCES organisation (id),
    name_zh                   VARCHAR(200)   NOT NULL CHECK (btrim(name_zh) <> ''),
    name_en                   VARCHAR(200)   CHECK (name_en IS NULL OR btrim(name_en) <> ''),
    city                      VARCHAR(40)    NOT NULL REFERENCES city (code),
    address                   VARCHAR(300)   NOT NULL CHECK (btrim(address) <> ''),
    level                     VARCHAR(30)    NOT NULL DEFAULT 'ORDINARY'
                                             CHECK (level IN ('ORDINARY', 'PROVINCIAL_DEMONSTRATION', 'NATIONAL_DEMONSTRATION')),
    level_decided_on          DATE,
    level_decision_number     VARCHAR(100),
    total_area                NUMERIC(12, 2) NOT NULL CHECK (total_area > 0),
    leasable_area             NUMERIC(12, 2) NOT NULL CHECK (leasable_area > 0),
    seats                     INTEGER        NOT NULL CHECK (seats >= 0),
    base_rent                 NUMERIC(10, 2) NOT NULL CHECK (base_rent >= 0),
    contact_name              VARCHAR(100),
    contact_phone             VARCHAR(40),
    contact_email             VARCHAR(254),
    description               VARCHAR(4000),
    demo                      BOOLEAN        NOT NULL DEFAULT FALSE,
    created_at                TIMESTAMPTZ    NOT NULL,
    updated_at                TIMESTAMPTZ    NOT NULL,
    version                   BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT park_leasable_within_total CHECK (leasable_area <= total_area),
    -- a level is set by a decision (date and number); a recognised level always has one
    CONSTRAINT park_level_decided CHECK (
        (level_decided_on IS NULL) = (level_decision_number IS NULL)
        AND (level_decision_number IS NULL OR btrim(level_decision_number) <> '')
        AND (level = 'ORDINARY' OR level_decided_on IS NOT NULL))
);

CREATE INDEX park_by_operator ON park (operator_organisation_id);
CREATE INDEX park_by_city ON park (city);

-- The capability categories a park focuses on (ITO, BPO… codes of the taxonomy).
CREATE TABLE park_focus (
    park_id          UUID         NOT NULL REFERENCES park (id) ON DELETE CASCADE,
    capability_code  VARCHAR(60)  NOT NULL REFERENCES capability (code),
    PRIMARY KEY (park_id, capability_code)
);

CREATE INDEX park_focus_by_capability ON park_focus (capability_code);

-- Incentive policies as readable entries; the subsidy rule engine comes later.
CREATE TABLE park_incentive (
    id          UUID          PRIMARY KEY,
    park_id     UUID          NOT NULL REFERENCES park (id) ON DELETE CASCADE,
    position    SMALLINT      NOT NULL CHECK (position >= 0),
    type        VARCHAR(30)   NOT NULL CHECK (type IN ('RENT_SUBSIDY', 'PURCHASE_SUBSIDY', 'CERTIFICATION_SUBSIDY',
                                                      'TRAINING_SUBSIDY', 'TAX_INCENTIVE', 'OTHER')),
    summary_zh  VARCHAR(1000) NOT NULL CHECK (btrim(summary_zh) <> ''),
    summary_en  VARCHAR(1000) CHECK (summary_en IS NULL OR btrim(summary_en) <> ''),
    valid_from  DATE          NOT NULL,
    valid_to    DATE,
    CONSTRAINT park_incentive_valid_period CHECK (valid_to IS NULL OR valid_to >= valid_from),
    UNIQUE (park_id, position)
);

CREATE TABLE space_unit (
    id          UUID           PRIMARY KEY,
    park_id     UUID           NOT NULL REFERENCES park (id),
    building    VARCHAR(60)    NOT NULL CHECK (btrim(building) <> ''),
    floor       VARCHAR(20)    NOT NULL CHECK (btrim(floor) <> ''),
    unit_code   VARCHAR(40)    NOT NULL CHECK (btrim(unit_code) <> ''),
    area        NUMERIC(12, 2) NOT NULL CHECK (area > 0),
    seats       INTEGER        NOT NULL CHECK (seats >= 0),
    status      VARCHAR(20)    NOT NULL CHECK (status IN ('AVAILABLE', 'RESERVED', 'LEASED', 'UNAVAILABLE')),
    created_at  TIMESTAMPTZ    NOT NULL,
    updated_at  TIMESTAMPTZ    NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT space_unit_code_unique UNIQUE (park_id, building, unit_code)
);

CREATE INDEX space_unit_by_park ON space_unit (park_id, status);

-- [jooq ignore start]
-- Every write of a unit's area re-checks the park's total while holding the park row's lock, so
-- two concurrent inserts cannot both see room that only one of them fits into. Under READ
-- COMMITTED each statement of the function sees rows committed before it started, i.e. after the
-- lock was granted. NO KEY UPDATE, because the inserts' foreign-key checks already hold KEY SHARE
-- on the park row: a plain FOR UPDATE would make two concurrent inserts deadlock.
CREATE FUNCTION space_unit_area_within_park() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    leasable NUMERIC;
    used     NUMERIC;
BEGIN
    SELECT leasable_area INTO leasable FROM park WHERE id = NEW.park_id FOR NO KEY UPDATE;
    SELECT coalesce(sum(area), 0) INTO used FROM space_unit WHERE park_id = NEW.park_id;
    IF used > leasable THEN
        RAISE EXCEPTION 'space units of park % would cover % m², more than its leasable % m²',
            NEW.park_id, used, leasable
            USING ERRCODE = 'check_violation', CONSTRAINT = 'space_unit_area_within_park';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER space_unit_area_within_park
    AFTER INSERT OR UPDATE OF area, park_id ON space_unit
    FOR EACH ROW EXECUTE FUNCTION space_unit_area_within_park();

-- Shrinking a park below the units it already has is refused the same way.
CREATE FUNCTION park_leasable_covers_units() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    used NUMERIC;
BEGIN
    SELECT coalesce(sum(area), 0) INTO used FROM space_unit WHERE park_id = NEW.id;
    IF used > NEW.leasable_area THEN
        RAISE EXCEPTION 'park % has % m² of space units, more than the leasable % m²',
            NEW.id, used, NEW.leasable_area
            USING ERRCODE = 'check_violation', CONSTRAINT = 'park_leasable_covers_units';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER park_leasable_covers_units
    BEFORE UPDATE OF leasable_area ON park
    FOR EACH ROW EXECUTE FUNCTION park_leasable_covers_units();
-- [jooq ignore stop]
