package dev.waibao.firms.internal;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.firms.model.CertificationType;
import dev.waibao.firms.model.RevenueBand;
import dev.waibao.firms.model.SizeTier;
import dev.waibao.shared.paging.Page;
import dev.waibao.shared.paging.PageRequest;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
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
import org.jooq.Table;

/**
 * Reads of vendors in jOOQ. A certification's status is computed against today's date in every
 * read, so one that expired yesterday is EXPIRED today without any write.
 */
@Singleton
class VendorQueries {

  static final Table<?> PROFILE = table(name("vendor_profile")).as("v");
  static final Field<UUID> ID = field(name("v", "organisation_id"), UUID.class);
  static final Field<String> NAME_ZH = field(name("v", "legal_name_zh"), String.class);
  static final Field<String> NAME_EN = field(name("v", "legal_name_en"), String.class);
  static final Field<String> CREDIT_CODE = field(name("v", "credit_code"), String.class);
  static final Field<String> CITY = field(name("v", "city"), String.class);
  static final Field<UUID> PARK = field(name("v", "park_id"), UUID.class);
  static final Field<Integer> HEADCOUNT = field(name("v", "headcount"), Integer.class);
  static final Field<Integer> FOUNDED = field(name("v", "founded_year"), Integer.class);
  static final Field<String> REVENUE = field(name("v", "revenue_band"), String.class);
  static final Field<String> DESCRIPTION = field(name("v", "description"), String.class);
  static final Field<Boolean> DEMO = field(name("v", "demo"), Boolean.class);
  static final Field<OffsetDateTime> UPDATED = field(name("v", "updated_at"), OffsetDateTime.class);

  static final Table<?> CAPABILITY = table(name("vendor_capability")).as("vc");
  static final Field<UUID> CAPABILITY_VENDOR = field(name("vc", "organisation_id"), UUID.class);
  static final Field<String> CAPABILITY_CODE = field(name("vc", "capability_code"), String.class);

  static final Table<?> CERTIFICATION = table(name("certification")).as("c");
  static final Field<UUID> CERT_VENDOR = field(name("c", "organisation_id"), UUID.class);
  static final Field<String> CERT_TYPE = field(name("c", "type"), String.class);
  static final Field<String> CERT_STATUS = field(name("c", "status"), String.class);
  static final Field<LocalDate> CERT_EXPIRES = field(name("c", "expires_on"), LocalDate.class);

  static final Field<String[]> CAPABILITY_CODES =
      field(
          "ARRAY(SELECT x.capability_code FROM vendor_capability x"
              + " WHERE x.organisation_id = v.organisation_id ORDER BY x.capability_code)",
          String[].class);
  static final Field<String[]> MARKETS =
      field(
          "ARRAY(SELECT m.market FROM vendor_market m WHERE m.organisation_id = v.organisation_id"
              + " ORDER BY m.market)",
          String[].class);

  private final DSLContext sql;
  private final Clock clock;

  VendorQueries(DSLContext sql, Clock clock) {
    this.sql = sql;
    this.clock = clock;
  }

  /** Optional filters of the directory; null means "any". */
  record Filter(
      String city, String capability, CertificationType certification, SizeTier sizeTier) {}

  @Transactional(readOnly = true)
  Page<VendorViews.VendorSummary> page(Filter filter, PageRequest request) {
    LocalDate today = FirmsCalendar.today(clock);
    Condition where = condition(filter, today);
    Field<String[]> validCertifications =
        field(
            "ARRAY(SELECT DISTINCT vc2.type FROM certification vc2"
                + " WHERE vc2.organisation_id = v.organisation_id AND vc2.status = 'VERIFIED'"
                + " AND vc2.expires_on >= {0} ORDER BY vc2.type)",
            String[].class, org.jooq.impl.DSL.val(today));
    long total = sql.select(count()).from(PROFILE).where(where).fetchOne(0, Long.class);
    List<VendorViews.VendorSummary> items =
        sql.select(
                ID,
                NAME_ZH,
                NAME_EN,
                CITY,
                HEADCOUNT,
                CAPABILITY_CODES,
                validCertifications,
                MARKETS,
                DEMO)
            .from(PROFILE)
            .where(where)
            .orderBy(NAME_ZH, ID)
            .limit(request.size())
            .offset(request.offset())
            .fetch(
                row ->
                    new VendorViews.VendorSummary(
                        row.get(ID),
                        row.get(NAME_ZH),
                        row.get(NAME_EN),
                        row.get(CITY),
                        row.get(HEADCOUNT),
                        SizeTier.of(row.get(HEADCOUNT)),
                        list(row.get(CAPABILITY_CODES)),
                        list(row.get(validCertifications)),
                        list(row.get(MARKETS)),
                        Boolean.TRUE.equals(row.get(DEMO))));
    return new Page<>(items, request.page(), request.size(), total);
  }

  @Transactional(readOnly = true)
  Optional<VendorViews.VendorDetail> detail(UUID organisationId) {
    Record row =
        sql.select(
                ID,
                NAME_ZH,
                NAME_EN,
                CREDIT_CODE,
                CITY,
                PARK,
                HEADCOUNT,
                FOUNDED,
                REVENUE,
                DESCRIPTION,
                DEMO,
                UPDATED,
                field("pk.name_zh", String.class),
                field("pk.name_en", String.class))
            .from(PROFILE)
            .leftJoin(table("park").as("pk"))
            .on(field("pk.id", UUID.class).eq(PARK))
            .where(ID.eq(organisationId))
            .fetchOne();
    if (row == null) {
      return Optional.empty();
    }
    LocalDate today = FirmsCalendar.today(clock);
    List<VendorViews.PublicCertification> certifications =
        sql.fetch(
                """
                SELECT id, type, other_name, level, certificate_number, issuer, issued_on, expires_on
                FROM certification
                WHERE organisation_id = ? AND status = 'VERIFIED' AND expires_on >= ?
                ORDER BY type, level DESC NULLS LAST, expires_on DESC, id
                """,
                organisationId,
                today)
            .map(
                r ->
                    new VendorViews.PublicCertification(
                        r.get(0, UUID.class),
                        CertificationType.valueOf(r.get(1, String.class)),
                        r.get(2, String.class),
                        r.get(3, Integer.class),
                        r.get(4, String.class),
                        r.get(5, String.class),
                        r.get(6, LocalDate.class),
                        r.get(7, LocalDate.class)));
    UUID parkId = row.get(PARK);
    int headcount = row.get(HEADCOUNT);
    String revenue = row.get(REVENUE);
    OffsetDateTime updated = row.get(UPDATED);
    return Optional.of(
        new VendorViews.VendorDetail(
            organisationId,
            row.get(NAME_ZH),
            row.get(NAME_EN),
            row.get(CREDIT_CODE),
            row.get(CITY),
            parkId == null
                ? null
                : new VendorViews.ParkRef(
                    parkId, row.get("name_zh", String.class), row.get("name_en", String.class)),
            headcount,
            SizeTier.of(headcount),
            row.get(FOUNDED),
            revenue == null ? null : RevenueBand.valueOf(revenue),
            sql.fetch(
                    "SELECT capability_code, years_of_experience FROM vendor_capability"
                        + " WHERE organisation_id = ? ORDER BY years_of_experience DESC,"
                        + " capability_code",
                    organisationId)
                .map(
                    r ->
                        new VendorViews.CapabilityView(
                            r.get(0, String.class), r.get(1, Integer.class))),
            sql.fetch(
                    "SELECT language FROM vendor_language WHERE organisation_id = ?"
                        + " ORDER BY language",
                    organisationId)
                .map(r -> r.get(0, String.class)),
            sql.fetch(
                    "SELECT market FROM vendor_market WHERE organisation_id = ? ORDER BY market",
                    organisationId)
                .map(r -> r.get(0, String.class)),
            sql.fetch(
                    "SELECT title, client_industry, year, value_band FROM vendor_case_study"
                        + " WHERE organisation_id = ? ORDER BY position",
                    organisationId)
                .map(
                    r ->
                        new VendorViews.CaseStudyView(
                            r.get(0, String.class),
                            r.get(1, String.class),
                            r.get(2, Integer.class),
                            r.get(3, String.class))),
            row.get(DESCRIPTION),
            certifications,
            // the average of every rating clients gave on completed contracts (1-5)
            sql.fetchValue(
                        "SELECT round(avg((r.quality + r.schedule + r.communication) / 3.0), 2)"
                            + " FROM contract_rating r JOIN contract c ON c.id = r.contract_id"
                            + " WHERE c.vendor_organisation_id = ?",
                        organisationId)
                    instanceof java.math.BigDecimal average
                ? average
                : null,
            Boolean.TRUE.equals(row.get(DEMO)),
            updated.toInstant()));
  }

  /** Every certification of a vendor with today's status, newest first. */
  @Transactional(readOnly = true)
  List<VendorViews.CertificationView> certificationsOf(UUID organisationId) {
    return certifications(field("c.organisation_id", UUID.class).eq(organisationId), 0, 1000);
  }

  /**
   * The authority's queue: certifications in one status today, oldest first, optionally only those
   * whose certificate number or vendor name contains {@code search}.
   */
  @Transactional(readOnly = true)
  Page<VendorViews.CertificationView> queue(
      CertificationStatus status, String search, PageRequest request) {
    Condition where = statusToday(status, FirmsCalendar.today(clock));
    if (search != null) {
      String pattern =
          "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      where =
          where.and(
              field("c.certificate_number", String.class)
                  .likeIgnoreCase(pattern)
                  .or(field("v.legal_name_zh", String.class).likeIgnoreCase(pattern))
                  .or(field("v.legal_name_en", String.class).likeIgnoreCase(pattern)));
    }
    long total =
        sql.select(count())
            .from(table("certification").as("c"))
            .join(table("vendor_profile").as("v"))
            .on(field("v.organisation_id", UUID.class).eq(field("c.organisation_id", UUID.class)))
            .where(where)
            .fetchOne(0, Long.class);
    return new Page<>(
        certifications(where, request.offset(), request.size()),
        request.page(),
        request.size(),
        total);
  }

  private Condition statusToday(CertificationStatus status, LocalDate today) {
    if (status == CertificationStatus.EXPIRED) {
      return field("c.expires_on", LocalDate.class).lt(today);
    }
    return field("c.status", String.class)
        .eq(status.name())
        .and(field("c.expires_on", LocalDate.class).ge(today));
  }

  private List<VendorViews.CertificationView> certifications(
      Condition where, long offset, int limit) {
    LocalDate today = FirmsCalendar.today(clock);
    return sql.select(
            field("c.id", UUID.class),
            field("c.organisation_id", UUID.class),
            field("v.legal_name_zh", String.class),
            field("v.legal_name_en", String.class),
            field("c.type", String.class),
            field("c.other_name", String.class),
            field("c.level", Integer.class),
            field("c.certificate_number", String.class),
            field("c.issuer", String.class),
            field("c.issued_on", LocalDate.class),
            field("c.expires_on", LocalDate.class),
            field("c.status", String.class),
            field("c.rejection_reason", String.class),
            field("c.document_id", UUID.class),
            field("d.file_name", String.class),
            field("c.reviewed_at", OffsetDateTime.class),
            field("c.created_at", OffsetDateTime.class))
        .from(table("certification").as("c"))
        .join(table("vendor_profile").as("v"))
        .on(field("v.organisation_id", UUID.class).eq(field("c.organisation_id", UUID.class)))
        .leftJoin(table("document").as("d"))
        .on(field("d.id", UUID.class).eq(field("c.document_id", UUID.class)))
        .where(where)
        .orderBy(field("c.created_at"), field("c.id"))
        .limit(limit)
        .offset(offset)
        .fetch(
            r -> {
              OffsetDateTime reviewed = r.get(15, OffsetDateTime.class);
              return new VendorViews.CertificationView(
                  r.get(0, UUID.class),
                  r.get(1, UUID.class),
                  r.get(2, String.class),
                  r.get(3, String.class),
                  CertificationType.valueOf(r.get(4, String.class)),
                  r.get(5, String.class),
                  r.get(6, Integer.class),
                  r.get(7, String.class),
                  r.get(8, String.class),
                  r.get(9, LocalDate.class),
                  r.get(10, LocalDate.class),
                  CertificationStatus.on(
                      today,
                      CertificationStatus.valueOf(r.get(11, String.class)),
                      r.get(10, LocalDate.class)),
                  r.get(12, String.class),
                  r.get(13, UUID.class),
                  r.get(14, String.class),
                  reviewed == null ? null : reviewed.toInstant(),
                  r.get(16, OffsetDateTime.class).toInstant());
            });
  }

  private static Condition condition(Filter filter, LocalDate today) {
    return noCondition()
        .and(filter.city() == null ? noCondition() : CITY.eq(filter.city()))
        .and(
            filter.sizeTier() == null
                ? noCondition()
                : HEADCOUNT
                    .ge(filter.sizeTier().minHeadcount())
                    .and(HEADCOUNT.lt(filter.sizeTier().maxHeadcountExclusive())))
        .and(
            filter.capability() == null
                ? noCondition()
                : exists(
                    selectOne()
                        .from(CAPABILITY)
                        .where(CAPABILITY_VENDOR.eq(ID))
                        .and(CAPABILITY_CODE.eq(filter.capability()))))
        .and(
            filter.certification() == null
                ? noCondition()
                : exists(
                    selectOne()
                        .from(CERTIFICATION)
                        .where(CERT_VENDOR.eq(ID))
                        .and(CERT_TYPE.eq(filter.certification().name()))
                        .and(CERT_STATUS.eq(CertificationStatus.VERIFIED.name()))
                        .and(CERT_EXPIRES.ge(today))));
  }

  private static List<String> list(String[] values) {
    return values == null ? List.of() : Arrays.asList(values);
  }
}
