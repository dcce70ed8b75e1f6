package dev.waibao.parks.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.when;

import dev.waibao.parks.model.IncentiveType;
import dev.waibao.parks.model.ParkLevel;
import dev.waibao.parks.model.UnitStatus;
import dev.waibao.shared.paging.Page;
import dev.waibao.shared.paging.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;

/** Directory reads of parks in jOOQ: filters composed from optional parts, capacity from units. */
@Singleton
class ParkQueries {

  static final Table<?> PARK = table(name("park")).as("p");
  static final Field<UUID> ID = field(name("p", "id"), UUID.class);
  static final Field<UUID> OPERATOR = field(name("p", "operator_organisation_id"), UUID.class);
  static final Field<String> NAME_ZH = field(name("p", "name_zh"), String.class);
  static final Field<String> NAME_EN = field(name("p", "name_en"), String.class);
  static final Field<String> CITY = field(name("p", "city"), String.class);
  static final Field<String> ADDRESS = field(name("p", "address"), String.class);
  static final Field<String> LEVEL = field(name("p", "level"), String.class);
  static final Field<LocalDate> LEVEL_DECIDED_ON =
      field(name("p", "level_decided_on"), LocalDate.class);
  static final Field<String> LEVEL_DECISION_NUMBER =
      field(name("p", "level_decision_number"), String.class);
  static final Field<BigDecimal> TOTAL_AREA = field(name("p", "total_area"), BigDecimal.class);
  static final Field<BigDecimal> LEASABLE_AREA =
      field(name("p", "leasable_area"), BigDecimal.class);
  static final Field<Integer> SEATS = field(name("p", "seats"), Integer.class);
  static final Field<BigDecimal> BASE_RENT = field(name("p", "base_rent"), BigDecimal.class);
  static final Field<String> CONTACT_NAME = field(name("p", "contact_name"), String.class);
  static final Field<String> CONTACT_PHONE = field(name("p", "contact_phone"), String.class);
  static final Field<String> CONTACT_EMAIL = field(name("p", "contact_email"), String.class);
  static final Field<String> DESCRIPTION = field(name("p", "description"), String.class);
  static final Field<Boolean> DEMO = field(name("p", "demo"), Boolean.class);
  static final Field<OffsetDateTime> UPDATED_AT =
      field(name("p", "updated_at"), OffsetDateTime.class);

  static final Table<?> FOCUS = table(name("park_focus")).as("f");
  static final Field<UUID> FOCUS_PARK = field(name("f", "park_id"), UUID.class);
  static final Field<String> FOCUS_CODE = field(name("f", "capability_code"), String.class);

  // capacity, from the park's units (correlated with the outer park row p)
  static final Field<BigDecimal> UNIT_AREA =
      field(
          "(SELECT coalesce(sum(u.area), 0) FROM space_unit u WHERE u.park_id = p.id)",
          BigDecimal.class);
  static final Field<BigDecimal> AVAILABLE_AREA =
      field(
          "(SELECT coalesce(sum(u.area), 0) FROM space_unit u"
              + " WHERE u.park_id = p.id AND u.status = 'AVAILABLE')",
          BigDecimal.class);
  static final Field<Integer> AVAILABLE_SEATS =
      field(
          "(SELECT coalesce(sum(u.seats), 0)::int FROM space_unit u"
              + " WHERE u.park_id = p.id AND u.status = 'AVAILABLE')",
          Integer.class);
  static final Field<Integer> UNIT_COUNT =
      field("(SELECT count(*)::int FROM space_unit u WHERE u.park_id = p.id)", Integer.class);
  static final Field<Integer> AVAILABLE_UNITS =
      field(
          "(SELECT count(*)::int FROM space_unit u WHERE u.park_id = p.id"
              + " AND u.status = 'AVAILABLE')",
          Integer.class);
  static final Field<String[]> FOCUS_CODES =
      field(
          "ARRAY(SELECT pf.capability_code FROM park_focus pf WHERE pf.park_id = p.id"
              + " ORDER BY pf.capability_code)",
          String[].class);
  static final Field<Integer> INCENTIVE_COUNT =
      field("(SELECT count(*)::int FROM park_incentive i WHERE i.park_id = p.id)", Integer.class);

  /** Demonstration parks first by level, then by name: the order is stable for paging. */
  static final Field<Integer> LEVEL_RANK =
      when(LEVEL.eq(ParkLevel.NATIONAL_DEMONSTRATION.name()), inline(0))
          .when(LEVEL.eq(ParkLevel.PROVINCIAL_DEMONSTRATION.name()), inline(1))
          .otherwise(inline(2));

  private final DSLContext sql;

  ParkQueries(DSLContext sql) {
    this.sql = sql;
  }

  /** Optional filters of the directory; null means "any". */
  record Filter(String city, ParkLevel level, String capability, UUID operator) {}

  @Transactional(readOnly = true)
  Page<ParkViews.ParkSummary> page(Filter filter, PageRequest request) {
    Condition where = condition(filter);
    long total = sql.select(count()).from(PARK).where(where).fetchOne(0, Long.class);
    List<ParkViews.ParkSummary> items =
        sql.select(summaryFields())
            .from(PARK)
            .where(where)
            .orderBy(LEVEL_RANK, NAME_ZH, ID)
            .limit(request.size())
            .offset(request.offset())
            .fetch(ParkQueries::summary);
    return new Page<>(items, request.page(), request.size(), total);
  }

  @Transactional(readOnly = true)
  Optional<ParkViews.ParkDetail> detail(UUID parkId) {
    Record row =
        sql.select(summaryFields())
            .select(
                OPERATOR,
                ADDRESS,
                LEVEL_DECIDED_ON,
                LEVEL_DECISION_NUMBER,
                CONTACT_NAME,
                CONTACT_PHONE,
                CONTACT_EMAIL,
                DESCRIPTION,
                UPDATED_AT)
            .from(PARK)
            .where(ID.eq(parkId))
            .fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    ParkViews.ParkSummary summary = summary(row);
    List<ParkViews.IncentiveView> incentives =
        sql.fetch(
                "SELECT type, summary_zh, summary_en, valid_from, valid_to FROM park_incentive"
                    + " WHERE park_id = ? ORDER BY position",
                parkId)
            .map(
                r ->
                    new ParkViews.IncentiveView(
                        IncentiveType.valueOf(r.get(0, String.class)),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, LocalDate.class),
                        r.get(4, LocalDate.class)));
    List<ParkViews.UnitView> units =
        sql.fetch(
                "SELECT id, building, floor, unit_code, area, seats, status, version"
                    + " FROM space_unit WHERE park_id = ? ORDER BY building, floor, unit_code, id",
                parkId)
            .map(
                r ->
                    new ParkViews.UnitView(
                        r.get(0, UUID.class),
                        r.get(1, String.class),
                        r.get(2, String.class),
                        r.get(3, String.class),
                        r.get(4, BigDecimal.class),
                        r.get(5, Integer.class),
                        UnitStatus.valueOf(r.get(6, String.class)),
                        r.get(7, Long.class)));
    OffsetDateTime updatedAt = row.get(UPDATED_AT);
    return Optional.of(
        new ParkViews.ParkDetail(
            summary.id(),
            row.get(OPERATOR),
            summary.nameZh(),
            summary.nameEn(),
            summary.city(),
            row.get(ADDRESS),
            summary.level(),
            row.get(LEVEL_DECIDED_ON),
            row.get(LEVEL_DECISION_NUMBER),
            summary.totalArea(),
            summary.leasableArea(),
            summary.seats(),
            summary.baseRent(),
            summary.capacity(),
            summary.focusCategories(),
            row.get(CONTACT_NAME),
            row.get(CONTACT_PHONE),
            row.get(CONTACT_EMAIL),
            row.get(DESCRIPTION),
            incentives,
            units,
            summary.demo(),
            updatedAt == null ? Instant.EPOCH : updatedAt.toInstant()));
  }

  private static Condition condition(Filter filter) {
    return noCondition()
        .and(filter.city() == null ? noCondition() : CITY.eq(filter.city()))
        .and(filter.level() == null ? noCondition() : LEVEL.eq(filter.level().name()))
        .and(filter.operator() == null ? noCondition() : OPERATOR.eq(filter.operator()))
        .and(
            filter.capability() == null
                ? noCondition()
                : exists(
                    selectOne()
                        .from(FOCUS)
                        .where(FOCUS_PARK.eq(ID))
                        .and(FOCUS_CODE.eq(filter.capability()))));
  }

  private static List<SelectField<?>> summaryFields() {
    return List.of(
        ID,
        NAME_ZH,
        NAME_EN,
        CITY,
        LEVEL,
        TOTAL_AREA,
        LEASABLE_AREA,
        SEATS,
        BASE_RENT,
        UNIT_AREA,
        AVAILABLE_AREA,
        AVAILABLE_SEATS,
        UNIT_COUNT,
        AVAILABLE_UNITS,
        FOCUS_CODES,
        INCENTIVE_COUNT,
        DEMO);
  }

  private static ParkViews.ParkSummary summary(Record row) {
    BigDecimal leasable = row.get(LEASABLE_AREA);
    BigDecimal unitArea = row.get(UNIT_AREA);
    String[] focus = row.get(FOCUS_CODES);
    return new ParkViews.ParkSummary(
        row.get(ID),
        row.get(NAME_ZH),
        row.get(NAME_EN),
        row.get(CITY),
        ParkLevel.valueOf(row.get(LEVEL)),
        row.get(TOTAL_AREA),
        leasable,
        row.get(SEATS),
        row.get(BASE_RENT),
        new ParkViews.Capacity(
            unitArea,
            row.get(AVAILABLE_AREA),
            row.get(AVAILABLE_SEATS),
            row.get(UNIT_COUNT),
            row.get(AVAILABLE_UNITS),
            leasable.subtract(unitArea)),
        focus == null ? List.of() : Arrays.asList(focus),
        row.get(INCENTIVE_COUNT),
        Boolean.TRUE.equals(row.get(DEMO)));
  }
}
