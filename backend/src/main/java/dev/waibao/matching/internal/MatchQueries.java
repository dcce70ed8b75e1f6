package dev.waibao.matching.internal;

import dev.waibao.matching.model.Scoring;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The hard requirements and the facts of the score, evaluated in SQL for every vendor of a tender
 * (or every active tender of a vendor) at once. A requirement is met by a verified certification of
 * the type at the needed level that is valid — issued on or before, expiring on or after — on the
 * day of the bid deadline, as for bidding itself.
 */
@Singleton
@Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
class MatchQueries {

  private final DSLContext sql;

  MatchQueries(DSLContext sql) {
    this.sql = sql;
  }

  /** The tender as matching needs it. */
  record TenderHead(
      UUID id,
      UUID clientId,
      String status,
      String title,
      String description,
      @Nullable Instant bidDeadline) {}

  /**
   * One candidate: the other side's id and names, what it misses, and the facts of its score.
   *
   * @param missingCertifications required certifications not held, as {@code TYPE} or {@code
   *     TYPE:level}
   * @param shortOfHeadcount the minimum headcount when the vendor has fewer staff, else null
   */
  record Candidate(
      UUID id,
      String nameZh,
      @Nullable String nameEn,
      @Nullable String city,
      @Nullable Instant bidDeadline,
      List<String> missingCapabilities,
      List<String> missingLanguages,
      List<String> missingCertifications,
      @Nullable Integer shortOfHeadcount,
      Scoring.Facts facts,
      @Nullable Instant invitedAt) {

    int unmetCount() {
      return missingCapabilities.size()
          + missingLanguages.size()
          + missingCertifications.size()
          + (shortOfHeadcount == null ? 0 : 1);
    }
  }

  Optional<TenderHead> tender(UUID id) {
    return sql.fetchOptional(
            "SELECT id, client_organisation_id, status, title, description, bid_deadline FROM tender WHERE id = ?",
            id)
        .map(
            row ->
                new TenderHead(
                    row.get("id", UUID.class),
                    row.get("client_organisation_id", UUID.class),
                    row.get("status", String.class),
                    row.get("title", String.class),
                    row.get("description", String.class),
                    instant(row, "bid_deadline")));
  }

  /**
   * Every vendor with a profile that misses at most {@code maxUnmet} hard requirements of the
   * tender and, when it misses any, still has one of the tender's capabilities; or only {@code
   * vendor} when given.
   */
  List<Candidate> vendorsFor(UUID tender, LocalDate validOn, int maxUnmet, @Nullable UUID vendor) {
    return sql.fetch(
            """
            WITH t AS (
              SELECT tn.id, tn.client_industry, tn.city, tn.minimum_headcount, tn.budget_max,
                     CAST(? AS date) AS valid_on,
                     ARRAY(SELECT capability_code FROM tender_capability WHERE tender_id = tn.id ORDER BY 1) AS req_caps,
                     ARRAY(SELECT language FROM tender_language WHERE tender_id = tn.id ORDER BY 1) AS req_langs,
                     ARRAY(SELECT type || coalesce(':' || minimum_level, '') FROM tender_certification
                           WHERE tender_id = tn.id ORDER BY 1) AS req_certs
              FROM tender tn WHERE tn.id = ?
            ),
            caps AS (
              SELECT vc.organisation_id, array_agg(vc.capability_code) AS codes, array_agg(vc.years_of_experience) AS years
              FROM vendor_capability vc CROSS JOIN t WHERE vc.capability_code = ANY (t.req_caps)
              GROUP BY vc.organisation_id
            ),
            langs AS (
              SELECT vl.organisation_id, array_agg(vl.language) AS codes
              FROM vendor_language vl CROSS JOIN t WHERE vl.language = ANY (t.req_langs)
              GROUP BY vl.organisation_id
            ),
            certs AS (
              SELECT c.organisation_id, array_agg(DISTINCT tc.type || coalesce(':' || tc.minimum_level, '')) AS codes
              FROM certification c CROSS JOIN t
              JOIN tender_certification tc ON tc.tender_id = t.id AND tc.type = c.type
                   AND coalesce(c.level, 0) >= coalesce(tc.minimum_level, 0)
              WHERE c.status = 'VERIFIED' AND c.issued_on <= t.valid_on AND c.expires_on >= t.valid_on
              GROUP BY c.organisation_id
            ),
            cases AS (
              SELECT cs.organisation_id, count(*) AS n FROM vendor_case_study cs CROSS JOIN t
              WHERE cs.client_industry = t.client_industry GROUP BY cs.organisation_id
            ),
            track AS (
              SELECT c.vendor_organisation_id AS organisation_id,
                     avg((r.quality + r.schedule + r.communication) / 3.0) AS rating,
                     count(*) FILTER (WHERE c.status = 'COMPLETED') AS completed,
                     count(*) FILTER (WHERE c.status = 'TERMINATED') AS terminated
              FROM contract c LEFT JOIN contract_rating r ON r.contract_id = c.id AND c.status = 'COMPLETED'
              GROUP BY c.vendor_organisation_id
            ),
            m AS (
              SELECT vp.organisation_id AS id, vp.legal_name_zh AS name_zh, vp.legal_name_en AS name_en,
                     vp.city, vp.headcount, t.minimum_headcount, t.budget_max,
                     cardinality(t.req_caps) AS required_caps,
                     ARRAY(SELECT x FROM unnest(t.req_caps) x WHERE x <> ALL (coalesce(caps.codes, '{}'))) AS missing_caps,
                     ARRAY(SELECT x FROM unnest(t.req_langs) x WHERE x <> ALL (coalesce(langs.codes, '{}'))) AS missing_langs,
                     ARRAY(SELECT x FROM unnest(t.req_certs) x WHERE x <> ALL (coalesce(certs.codes, '{}'))) AS missing_certs,
                     coalesce(caps.years, '{}') AS years,
                     coalesce(cases.n, 0) AS cases,
                     track.rating,
                     coalesce(track.completed, 0) AS completed,
                     coalesce(track.terminated, 0) AS terminated,
                     coalesce(vp.city = t.city, false) AS same_city,
                     coalesce(p.city = t.city, false) AS park_in_city,
                     inv.invited_at
              FROM vendor_profile vp CROSS JOIN t
              LEFT JOIN caps ON caps.organisation_id = vp.organisation_id
              LEFT JOIN langs ON langs.organisation_id = vp.organisation_id
              LEFT JOIN certs ON certs.organisation_id = vp.organisation_id
              LEFT JOIN cases ON cases.organisation_id = vp.organisation_id
              LEFT JOIN track ON track.organisation_id = vp.organisation_id
              LEFT JOIN park p ON p.id = vp.park_id
              LEFT JOIN tender_invitation inv ON inv.tender_id = t.id AND inv.vendor_organisation_id = vp.organisation_id
              WHERE (CAST(? AS uuid) IS NULL OR vp.organisation_id = CAST(? AS uuid))
            )
            SELECT * FROM (
              SELECT m.*, cardinality(missing_caps) + cardinality(missing_langs) + cardinality(missing_certs)
                          + CASE WHEN headcount < minimum_headcount THEN 1 ELSE 0 END AS unmet
              FROM m
            ) u
            WHERE unmet = 0 OR (unmet <= ? AND cardinality(missing_caps) < required_caps)
            """,
            validOn,
            tender,
            vendor,
            vendor,
            maxUnmet)
        .map(row -> candidate(row, row.get("name_zh", String.class), null));
  }

  /**
   * Every active tender, open for bids at {@code now}, for which the vendor misses at most {@code
   * maxUnmet} hard requirements and, when it misses any, has one of the tender's capabilities.
   * Certifications count when valid on the day (in the province) of each tender's bid deadline.
   */
  List<Candidate> tendersFor(UUID vendor, Instant now, int maxUnmet) {
    return sql.fetch(
            """
            WITH v AS (
              SELECT vp.organisation_id, vp.city, vp.headcount, p.city AS park_city
              FROM vendor_profile vp LEFT JOIN park p ON p.id = vp.park_id WHERE vp.organisation_id = ?
            ),
            a AS (
              SELECT tn.id, tn.title, tn.client_industry, tn.city, tn.minimum_headcount, tn.budget_max, tn.bid_deadline,
                     CAST(tn.bid_deadline AT TIME ZONE 'Asia/Shanghai' AS date) AS valid_on
              FROM tender tn WHERE tn.status = 'ACTIVE' AND tn.bid_deadline > CAST(? AS timestamptz)
            ),
            caps AS (
              SELECT tc.tender_id, count(*) AS required,
                     array_agg(vc.years_of_experience) FILTER (WHERE vc.organisation_id IS NOT NULL) AS years,
                     array_agg(tc.capability_code ORDER BY tc.capability_code) FILTER (WHERE vc.organisation_id IS NULL) AS missing
              FROM tender_capability tc JOIN a ON a.id = tc.tender_id
              LEFT JOIN vendor_capability vc ON vc.organisation_id = (SELECT organisation_id FROM v)
                   AND vc.capability_code = tc.capability_code
              GROUP BY tc.tender_id
            ),
            langs AS (
              SELECT tl.tender_id, array_agg(tl.language ORDER BY tl.language) AS missing
              FROM tender_language tl JOIN a ON a.id = tl.tender_id
              WHERE NOT EXISTS (SELECT 1 FROM vendor_language vl
                                WHERE vl.organisation_id = (SELECT organisation_id FROM v) AND vl.language = tl.language)
              GROUP BY tl.tender_id
            ),
            certs AS (
              SELECT tc.tender_id, array_agg(tc.type || coalesce(':' || tc.minimum_level, '') ORDER BY tc.type) AS missing
              FROM tender_certification tc JOIN a ON a.id = tc.tender_id
              WHERE NOT EXISTS (SELECT 1 FROM certification c
                                WHERE c.organisation_id = (SELECT organisation_id FROM v) AND c.type = tc.type
                                  AND c.status = 'VERIFIED' AND coalesce(c.level, 0) >= coalesce(tc.minimum_level, 0)
                                  AND c.issued_on <= a.valid_on AND c.expires_on >= a.valid_on)
              GROUP BY tc.tender_id
            ),
            cases AS (
              SELECT client_industry, count(*) AS n FROM vendor_case_study
              WHERE organisation_id = (SELECT organisation_id FROM v) GROUP BY client_industry
            ),
            track AS (
              SELECT avg((r.quality + r.schedule + r.communication) / 3.0) AS rating,
                     count(*) FILTER (WHERE c.status = 'COMPLETED') AS completed,
                     count(*) FILTER (WHERE c.status = 'TERMINATED') AS terminated
              FROM contract c LEFT JOIN contract_rating r ON r.contract_id = c.id AND c.status = 'COMPLETED'
              WHERE c.vendor_organisation_id = (SELECT organisation_id FROM v)
            ),
            m AS (
              SELECT a.id, a.title AS name_zh, a.city, a.bid_deadline, v.headcount, a.minimum_headcount, a.budget_max,
                     coalesce(caps.required, 0) AS required_caps,
                     coalesce(caps.missing, '{}') AS missing_caps,
                     coalesce(langs.missing, '{}') AS missing_langs,
                     coalesce(certs.missing, '{}') AS missing_certs,
                     coalesce(caps.years, '{}') AS years,
                     coalesce(cases.n, 0) AS cases,
                     track.rating, track.completed, track.terminated,
                     coalesce(v.city = a.city, false) AS same_city,
                     coalesce(v.park_city = a.city, false) AS park_in_city,
                     inv.invited_at
              FROM a CROSS JOIN v CROSS JOIN track
              LEFT JOIN caps ON caps.tender_id = a.id
              LEFT JOIN langs ON langs.tender_id = a.id
              LEFT JOIN certs ON certs.tender_id = a.id
              LEFT JOIN cases ON cases.client_industry = a.client_industry
              LEFT JOIN tender_invitation inv ON inv.tender_id = a.id AND inv.vendor_organisation_id = v.organisation_id
            )
            SELECT * FROM (
              SELECT m.*, cardinality(missing_caps) + cardinality(missing_langs) + cardinality(missing_certs)
                          + CASE WHEN headcount < minimum_headcount THEN 1 ELSE 0 END AS unmet
              FROM m
            ) u
            WHERE unmet = 0 OR (unmet <= ? AND cardinality(missing_caps) < required_caps)
            """,
            vendor,
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
            maxUnmet)
        .map(row -> candidate(row, row.get("name_zh", String.class), null));
  }

  /** Whether the vendor has a profile, so recommendations can say why they are empty. */
  boolean hasProfile(UUID vendor) {
    return sql.fetchExists(
        sql.selectOne().from("vendor_profile").where("organisation_id = ?", vendor));
  }

  /** The words of a vendor's profile that describe its work: description and case study titles. */
  String vendorText(UUID vendor) {
    return sql.fetchOptional(
            """
            SELECT coalesce(vp.description, '') || ' ' || coalesce(
                     (SELECT string_agg(title, ' ' ORDER BY position) FROM vendor_case_study
                      WHERE organisation_id = vp.organisation_id), '')
            FROM vendor_profile vp WHERE vp.organisation_id = ?
            """,
            vendor)
        .map(row -> row.get(0, String.class))
        .orElse("");
  }

  /** Records the invitation unless it exists; true when this call created it. */
  boolean invite(UUID tender, UUID vendor, UUID invitedBy, Instant at) {
    return sql.execute(
            """
            INSERT INTO tender_invitation (tender_id, vendor_organisation_id, invited_by, invited_at)
            VALUES (?, ?, ?, CAST(? AS timestamptz))
            ON CONFLICT (tender_id, vendor_organisation_id) DO NOTHING
            """,
            tender,
            vendor,
            invitedBy,
            OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
        > 0;
  }

  Instant invitedAt(UUID tender, UUID vendor) {
    return sql.fetchOptional(
            "SELECT invited_at FROM tender_invitation WHERE tender_id = ? AND vendor_organisation_id = ?",
            tender,
            vendor)
        .map(row -> instant(row, "invited_at"))
        .orElseThrow();
  }

  private static Candidate candidate(Record row, String name, @Nullable String nameEn) {
    int headcount = row.get("headcount", Integer.class);
    int minimum = row.get("minimum_headcount", Integer.class);
    Integer[] years = row.get("years", Integer[].class);
    Scoring.Facts facts =
        new Scoring.Facts(
            row.get("required_caps", Integer.class),
            years == null ? List.of() : Arrays.asList(years),
            row.get("cases", Integer.class),
            row.get("rating", Double.class),
            row.get("completed", Integer.class),
            row.get("terminated", Integer.class),
            Boolean.TRUE.equals(row.get("same_city", Boolean.class)),
            Boolean.TRUE.equals(row.get("park_in_city", Boolean.class)),
            headcount,
            row.get("budget_max", BigDecimal.class),
            null);
    return new Candidate(
        row.get("id", UUID.class),
        name,
        row.indexOf("name_en") >= 0 ? row.get("name_en", String.class) : nameEn,
        row.get("city", String.class),
        row.indexOf("bid_deadline") >= 0 ? instant(row, "bid_deadline") : null,
        strings(row, "missing_caps"),
        strings(row, "missing_langs"),
        strings(row, "missing_certs"),
        headcount < minimum ? minimum : null,
        facts,
        instant(row, "invited_at"));
  }

  private static List<String> strings(Record row, String column) {
    String[] values = row.get(column, String[].class);
    return values == null ? List.of() : new ArrayList<>(Arrays.asList(values));
  }

  private static Instant instant(Record row, String column) {
    OffsetDateTime value = row.get(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
