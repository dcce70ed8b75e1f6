-- Tenancy: a vendor's application for space in a park and the lease it becomes once the park's
-- operator approves it. Periods are half-open: a lease occupies [start_date, end_date), so
-- end_date is the first day the space is free again.
--
-- The database guards the two promises made to every tenant: a space unit is never in two leases
-- whose periods overlap (an exclusion constraint), and on no day do a park's leases cover more
-- than its leasable area (a trigger that holds the park row's lock while it sums).

-- [jooq ignore start]
CREATE EXTENSION IF NOT EXISTS btree_gist;
-- [jooq ignore stop]

-- lets a lease's units reference (unit, park) pairs, so a unit of another park cannot be leased
ALTER TABLE space_unit ADD CONSTRAINT space_unit_in_park UNIQUE (id, park_id);

CREATE TABLE lease (
    id                      UUID           PRIMARY KEY,
    park_id                 UUID           NOT NULL REFERENCES park (id),
    vendor_organisation_id  UUID           NOT NULL REFERENCES organisation (id),
    status                  VARCHAR(20)    NOT NULL
                                           CHECK (status IN ('APPLIED', 'APPROVED', 'ACTIVE', 'ENDED',
                                                             'TERMINATED', 'REJECTED')),
    -- what the vendor asked for (with units: their total area and seats)
    requested_area          NUMERIC(12, 2) NOT NULL CHECK (requested_area > 0),
    requested_seats         INTEGER        NOT NULL CHECK (requested_seats >= 0),
    message                 VARCHAR(2000),
    start_date              DATE           NOT NULL,
    term_months             INTEGER        NOT NULL CHECK (term_months BETWEEN 1 AND 240),
    -- start_date + term_months, or the termination date once terminated (exclusive)
    end_date                DATE           NOT NULL,
    -- what the operator approved
    area                    NUMERIC(12, 2) CHECK (area > 0),
    seats                   INTEGER        CHECK (seats >= 0),
    monthly_rent            NUMERIC(12, 2) CHECK (monthly_rent > 0),
    rejection_reason        VARCHAR(1000)  CHECK (rejection_reason IS NULL OR btrim(rejection_reason) <> ''),
    termination_reason      VARCHAR(1000)  CHECK (termination_reason IS NULL OR btrim(termination_reason) <> ''),
    applied_by              UUID           NOT NULL REFERENCES app_user (id),
    decided_by              UUID           REFERENCES app_user (id),
    decided_at              TIMESTAMPTZ,
    terminated_by           UUID           REFERENCES app_user (id),
    terminated_at           TIMESTAMPTZ,
    created_at              TIMESTAMPTZ    NOT NULL,
    updated_at              TIMESTAMPTZ    NOT NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT lease_in_park UNIQUE (id, park_id),
    -- a terminated lease may end on its first day (it never occupied anything)
    CONSTRAINT lease_period CHECK (end_date > start_date OR (status = 'TERMINATED' AND end_date = start_date)),
    CONSTRAINT lease_decided CHECK (
        status IN ('APPLIED', 'REJECTED')
        OR (area IS NOT NULL AND seats IS NOT NULL AND monthly_rent IS NOT NULL
            AND decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT lease_rejected_with_reason CHECK (status <> 'REJECTED' OR rejection_reason IS NOT NULL),
    CONSTRAINT lease_terminated_with_reason CHECK (
        status <> 'TERMINATED' OR (termination_reason IS NOT NULL AND terminated_at IS NOT NULL))
);

CREATE INDEX lease_by_park ON lease (park_id, status, start_date);
CREATE INDEX lease_by_vendor ON lease (vendor_organisation_id, created_at DESC);
-- the scheduled move to ACTIVE / ENDED looks for these
CREATE INDEX lease_by_status_dates ON lease (status, start_date, end_date);

-- The units a vendor asked for (none when it asked for an area and seats).
CREATE TABLE lease_requested_unit (
    lease_id  UUID NOT NULL,
    park_id   UUID NOT NULL,
    unit_id   UUID NOT NULL,
    PRIMARY KEY (lease_id, unit_id),
    FOREIGN KEY (lease_id, park_id) REFERENCES lease (id, park_id) ON DELETE CASCADE,
    FOREIGN KEY (unit_id, park_id) REFERENCES space_unit (id, park_id) ON DELETE CASCADE
);

-- The units an approved lease occupies, with the lease's period: no unit in two overlapping ones.
CREATE TABLE lease_unit (
    lease_id  UUID      NOT NULL,
    park_id   UUID      NOT NULL,
    unit_id   UUID      NOT NULL,
    period    DATERANGE NOT NULL,
    PRIMARY KEY (lease_id, unit_id),
    FOREIGN KEY (lease_id, park_id) REFERENCES lease (id, park_id),
    FOREIGN KEY (unit_id, park_id) REFERENCES space_unit (id, park_id)
);

CREATE INDEX lease_unit_by_unit ON lease_unit (unit_id);

-- [jooq ignore start]
ALTER TABLE lease_unit ADD CONSTRAINT lease_unit_no_overlap
    EXCLUDE USING gist (unit_id WITH =, period WITH &&);

-- On no day may the park's approved leases (APPROVED, ACTIVE, ENDED, TERMINATED until its date)
-- cover more than its leasable area. The busiest day within the new period is the period's first
-- day or the first day of another lease starting inside it. The park row is locked first (NO KEY
-- UPDATE: the FK checks of concurrent inserts hold KEY SHARE on it), so two concurrent approvals
-- are checked one after the other and the second sees the first's lease; under READ COMMITTED the
-- sum below sees every lease committed before the lock was granted.
CREATE FUNCTION lease_area_within_park() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    leasable NUMERIC;
    peak     NUMERIC;
BEGIN
    IF NEW.status NOT IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED') OR NEW.end_date <= NEW.start_date THEN
        RETURN NULL;
    END IF;
    -- a lease that only shrinks (moved by date, terminated early) never takes more room
    IF TG_OP = 'UPDATE' AND OLD.status IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED')
       AND NEW.area <= OLD.area AND NEW.start_date >= OLD.start_date AND NEW.end_date <= OLD.end_date THEN
        RETURN NULL;
    END IF;
    SELECT leasable_area INTO leasable FROM park WHERE id = NEW.park_id FOR NO KEY UPDATE;
    SELECT coalesce(max(used), 0) INTO peak
      FROM (SELECT (SELECT coalesce(sum(l.area), 0)
                      FROM lease l
                     WHERE l.park_id = NEW.park_id
                       AND l.status IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED')
                       AND l.start_date <= d.day AND d.day < l.end_date) AS used
              FROM (SELECT NEW.start_date AS day
                    UNION
                    SELECT o.start_date
                      FROM lease o
                     WHERE o.park_id = NEW.park_id
                       AND o.status IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED')
                       AND o.start_date > NEW.start_date AND o.start_date < NEW.end_date) d) busiest;
    IF peak > leasable THEN
        RAISE EXCEPTION 'leases of park % would cover % m² on one day, more than its leasable % m²',
            NEW.park_id, peak, leasable
            USING ERRCODE = 'check_violation', CONSTRAINT = 'lease_area_within_park';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER lease_area_within_park
    AFTER INSERT OR UPDATE OF status, area, start_date, end_date ON lease
    FOR EACH ROW EXECUTE FUNCTION lease_area_within_park();
-- [jooq ignore stop]
