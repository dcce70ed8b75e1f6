package dev.waibao.parks.internal;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.waibao.audit.AuditTrail;
import dev.waibao.parks.model.Areas;
import dev.waibao.parks.model.IncentiveType;
import dev.waibao.parks.model.ParkLevel;
import dev.waibao.reference.CapabilityTaxonomy;
import dev.waibao.reference.Cities;
import dev.waibao.search.SearchOutbox;
import dev.waibao.searchindex.ParkDocument;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A park operator creates and edits its parks (details, focus, incentives); the authority sets a
 * park's level. Every change is audited with the park's state before and after.
 */
@Singleton
class ParkManagement {

  static final Table<?> PARK_FOCUS = table(name("park_focus"));
  static final Field<UUID> FOCUS_PARK = field(name("park_id"), UUID.class);
  static final Field<String> FOCUS_CODE = field(name("capability_code"), String.class);

  private final Parks parks;
  private final SpaceUnits units;
  private final Incentives incentives;
  private final Cities cities;
  private final CapabilityTaxonomy taxonomy;
  private final AuditTrail audit;
  private final DSLContext sql;
  private final SearchOutbox search;
  private final Clock clock;

  ParkManagement(
      Parks parks,
      SpaceUnits units,
      Incentives incentives,
      Cities cities,
      CapabilityTaxonomy taxonomy,
      AuditTrail audit,
      DSLContext sql,
      SearchOutbox search,
      Clock clock) {
    this.parks = parks;
    this.units = units;
    this.incentives = incentives;
    this.cities = cities;
    this.taxonomy = taxonomy;
    this.audit = audit;
    this.sql = sql;
    this.search = search;
    this.clock = clock;
  }

  /** The audited state of a park: its row, focus and incentives (units are audited one by one). */
  @Serdeable
  record ParkState(Park park, List<String> focusCategories, List<Incentive> incentives) {}

  @Serdeable
  record LevelCommand(
      @Nullable String level, @Nullable LocalDate decidedOn, @Nullable String decisionNumber) {}

  @Transactional
  UUID create(Actor actor, ParkInput input) {
    requireOperator(actor);
    validate(input, null);
    Instant now = clock.instant();
    Park park =
        new Park(
                UUID.randomUUID(),
                actor.organisationId(),
                "",
                null,
                "",
                "",
                ParkLevel.ORDINARY,
                null,
                null,
                BigDecimal.ONE,
                BigDecimal.ONE,
                0,
                BigDecimal.ZERO,
                null,
                null,
                null,
                null,
                false,
                now,
                now,
                null)
            .withDetails(input, now);
    park = parks.save(park);
    replaceFocusAndIncentives(park.id(), input);
    audit.record(actor, "park.created", "park", park.id(), null, state(park));
    search.changedAndCounted(ParkDocument.INDEX, park.id());
    return park.id();
  }

  @Transactional
  void update(Actor actor, UUID parkId, ParkInput input) {
    requireOperator(actor);
    Park park = ownPark(actor, parkId, true);
    validate(input, units.sumAreaOfPark(parkId));
    ParkState before = state(park);
    Park changed;
    try {
      changed = parks.update(park.withDetails(input, clock.instant()));
    } catch (RuntimeException e) {
      if (violatedLeaseCheck(e)) {
        throw ProblemException.invalid(
            "leasableArea", "must not be less than the area its leases occupy from today on");
      }
      throw e;
    }
    replaceFocusAndIncentives(parkId, input);
    audit.record(actor, "park.updated", "park", parkId, before, state(changed));
    search.changedAndCounted(ParkDocument.INDEX, parkId);
  }

  @Transactional
  void setLevel(Actor actor, UUID parkId, LevelCommand command) {
    if (!actor.isAuthority()) {
      throw ProblemException.forbidden("Only the authority sets a park's level.");
    }
    ParkLevel level = Enums.parse(ParkLevel.class, command.level());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ParksClock.ZONE);
    Violations violations =
        new Violations()
            .require(level != null, "level", "must be one of " + Enums.names(ParkLevel.class))
            .text("decisionNumber", command.decisionNumber(), 100);
    if (command.decidedOn() == null) {
      violations.add("decidedOn", "is required");
    } else {
      violations.require(
          !command.decidedOn().isAfter(today), "decidedOn", "must not be in the future");
    }
    violations.throwIfAny();
    lock(parkId);
    Park park = parks.findById(parkId).orElseThrow(() -> ProblemException.notFound("The park"));
    Park changed =
        parks.update(
            park.withLevel(
                level, command.decidedOn(), command.decisionNumber().strip(), clock.instant()));
    audit.record(
        actor,
        "park.level-set",
        "park",
        parkId,
        new LevelState(park.level(), park.levelDecidedOn(), park.levelDecisionNumber()),
        new LevelState(changed.level(), changed.levelDecidedOn(), changed.levelDecisionNumber()));
    search.changedAndCounted(ParkDocument.INDEX, parkId);
  }

  @Serdeable
  record LevelState(
      ParkLevel level, @Nullable LocalDate decidedOn, @Nullable String decisionNumber) {}

  /** The actor's own park, locked when asked; anyone else's is reported as not existing. */
  Park ownPark(Actor actor, UUID parkId, boolean lock) {
    if (lock) {
      lock(parkId);
    }
    return parks
        .findById(parkId)
        .filter(park -> actor.belongsTo(park.operatorOrganisationId()))
        .orElseThrow(() -> ProblemException.notFound("The park"));
  }

  /**
   * Locks the park row: writes of one park's units happen one at a time. NO KEY UPDATE, so it does
   * not wait for rows that merely reference the park (and the database's own re-check takes the
   * same lock).
   */
  private void lock(UUID parkId) {
    sql.fetch("SELECT id FROM park WHERE id = ? FOR NO KEY UPDATE", parkId);
  }

  /** Whether the database refused to shrink the park below the area its leases occupy. */
  private static boolean violatedLeaseCheck(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof org.postgresql.util.PSQLException psql
          && "23514".equals(psql.getSQLState())
          && psql.getServerErrorMessage() != null
          && "park_leasable_covers_leases".equals(psql.getServerErrorMessage().getConstraint())) {
        return true;
      }
    }
    return false;
  }

  static void requireOperator(Actor actor) {
    if (actor.kind() != OrganisationKind.PARK_OPERATOR) {
      throw ProblemException.forbidden("Only park operators manage parks.");
    }
  }

  private void validate(ParkInput input, BigDecimal unitArea) {
    Violations v = new Violations();
    v.text("nameZh", input.nameZh(), 200);
    v.optionalText("nameEn", Text.blankToNull(input.nameEn()), 200);
    if (input.city() == null || input.city().isBlank()) {
      v.add("city", "is required");
    } else {
      v.require(cities.existsByCode(input.city()), "city", "is not a known city");
    }
    v.text("address", input.address(), 300);
    v.check("totalArea", Areas.problemWith(input.totalArea()));
    v.check("leasableArea", Areas.problemWith(input.leasableArea()));
    if (input.totalArea() != null
        && input.leasableArea() != null
        && input.leasableArea().compareTo(input.totalArea()) > 0) {
      v.add("leasableArea", "must not exceed the total area");
    }
    if (unitArea != null
        && input.leasableArea() != null
        && input.leasableArea().compareTo(unitArea) < 0) {
      v.add(
          "leasableArea",
          "must cover the " + unitArea.toPlainString() + " m² of space units already defined");
    }
    v.require(input.seats() != null && input.seats() >= 0, "seats", "must be 0 or more");
    v.require(
        input.baseRent() != null
            && input.baseRent().signum() >= 0
            && input.baseRent().stripTrailingZeros().scale() <= 2
            && input.baseRent().compareTo(new BigDecimal("99999999.99")) <= 0,
        "baseRent",
        "must be 0 or more with at most two decimals");
    Set<String> known = taxonomy.activeCodes();
    Set<String> seen = new HashSet<>();
    List<String> focus = input.focus();
    for (int i = 0; i < focus.size(); i++) {
      String code = focus.get(i);
      String field = "focusCategories[" + i + "]";
      if (code == null || !known.contains(code)) {
        v.add(field, "is not a capability code of the taxonomy");
      } else if (!seen.add(code)) {
        v.add(field, "is listed twice");
      }
    }
    v.optionalText("contactName", Text.blankToNull(input.contactName()), 100);
    v.optionalText("contactPhone", Text.blankToNull(input.contactPhone()), 40);
    v.optionalText("contactEmail", Text.blankToNull(input.contactEmail()), 254);
    v.optionalText("description", Text.blankToNull(input.description()), 4000);
    List<ParkInput.IncentiveInput> list = input.incentiveList();
    v.require(list.size() <= 50, "incentives", "must be at most 50");
    for (int i = 0; i < list.size(); i++) {
      ParkInput.IncentiveInput incentive = list.get(i);
      String path = "incentives[" + i + "].";
      if (incentive == null) {
        v.add("incentives[" + i + "]", "is required");
        continue;
      }
      v.require(
          Enums.parse(IncentiveType.class, incentive.type()) != null,
          path + "type",
          "must be one of " + Enums.names(IncentiveType.class));
      v.text(path + "summaryZh", incentive.summaryZh(), 1000);
      v.optionalText(path + "summaryEn", Text.blankToNull(incentive.summaryEn()), 1000);
      v.require(incentive.validFrom() != null, path + "validFrom", "is required");
      v.require(
          incentive.validTo() == null
              || incentive.validFrom() == null
              || !incentive.validTo().isBefore(incentive.validFrom()),
          path + "validTo",
          "must not be before validFrom");
    }
    v.throwIfAny();
  }

  private void replaceFocusAndIncentives(UUID parkId, ParkInput input) {
    sql.deleteFrom(PARK_FOCUS).where(FOCUS_PARK.eq(parkId)).execute();
    if (!input.focus().isEmpty()) {
      var insert = sql.insertInto(PARK_FOCUS, FOCUS_PARK, FOCUS_CODE);
      for (String code : input.focus()) {
        insert = insert.values(parkId, code);
      }
      insert.execute();
    }
    incentives.deleteByParkId(parkId);
    List<Incentive> rows = new ArrayList<>();
    List<ParkInput.IncentiveInput> list = input.incentiveList();
    for (int i = 0; i < list.size(); i++) {
      ParkInput.IncentiveInput incentive = list.get(i);
      rows.add(
          new Incentive(
              UUID.randomUUID(),
              parkId,
              (short) i,
              Enums.parse(IncentiveType.class, incentive.type()),
              incentive.summaryZh().strip(),
              Text.blankToNull(incentive.summaryEn()),
              incentive.validFrom(),
              incentive.validTo()));
    }
    if (!rows.isEmpty()) {
      incentives.saveAll(rows);
    }
  }

  ParkState state(Park park) {
    return new ParkState(
        park,
        sql.select(FOCUS_CODE)
            .from(PARK_FOCUS)
            .where(FOCUS_PARK.eq(park.id()))
            .orderBy(FOCUS_CODE)
            .fetch(FOCUS_CODE),
        incentives.findByParkIdOrderByPosition(park.id()));
  }
}
