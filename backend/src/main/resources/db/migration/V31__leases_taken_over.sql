-- Leases that began outside Waibao (taken over from a park's own records, or seeded as
-- demonstration data) have no Waibao user who applied or decided; who did is recorded when known.
ALTER TABLE lease ALTER COLUMN applied_by DROP NOT NULL;
ALTER TABLE lease DROP CONSTRAINT lease_decided;
ALTER TABLE lease ADD CONSTRAINT lease_decided CHECK (
    status IN ('APPLIED', 'REJECTED')
    OR (area IS NOT NULL AND seats IS NOT NULL AND monthly_rent IS NOT NULL AND decided_at IS NOT NULL));

-- [jooq ignore start]
-- A park cannot shrink below what its leases occupy on some day from today on (the units'
-- own check in V6 covers leases of units; this covers leases of open-plan space too). The update
-- holds the park row's lock, which every approval takes first, so no approval slips in between.
CREATE FUNCTION park_leasable_covers_leases() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    peak NUMERIC;
BEGIN
    IF NEW.leasable_area >= OLD.leasable_area THEN
        RETURN NEW;
    END IF;
    SELECT coalesce(max(used), 0) INTO peak
      FROM (SELECT (SELECT coalesce(sum(l.area), 0)
                      FROM lease l
                     WHERE l.park_id = NEW.id
                       AND l.status IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED')
                       AND l.start_date <= d.day AND d.day < l.end_date) AS used
              FROM (SELECT current_date AS day
                    UNION
                    SELECT o.start_date
                      FROM lease o
                     WHERE o.park_id = NEW.id
                       AND o.status IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED')
                       AND o.start_date > current_date) d) busiest;
    IF peak > NEW.leasable_area THEN
        RAISE EXCEPTION 'park % has leases covering % m² on one day, more than the leasable % m²',
            NEW.id, peak, NEW.leasable_area
            USING ERRCODE = 'check_violation', CONSTRAINT = 'park_leasable_covers_leases';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER park_leasable_covers_leases
    BEFORE UPDATE OF leasable_area ON park
    FOR EACH ROW EXECUTE FUNCTION park_leasable_covers_leases();
-- [jooq ignore stop]
