package dev.waibao.opendata.internal;

import dev.waibao.shared.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds OCDS 1.1 releases, release packages and records from the marketplace. A release shows a
 * tender as it stood at the release's date: bid counts from the deadline on, awards and contracts
 * from the moment they were made.
 */
@Singleton
public class OcdsFeed {

  static final String BID_EXTENSION =
      "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final OcdsQueries queries;
  private final OcdsSettings settings;
  private final Clock clock;

  OcdsFeed(OcdsQueries queries, OcdsSettings settings, Clock clock) {
    this.queries = queries;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * One page of releases of all published tenders from {@code since} on, oldest first, after {@code
   * cursor} (from the first when null); the next page's cursor when more releases follow. One
   * release more than the page is read to know that, so following a next link never gives an empty
   * package (the schema asks for at least one release).
   */
  @Transactional(readOnly = true)
  public Page releases(String uri, @Nullable Instant since, @Nullable FeedCursor cursor, int size) {
    Instant now = now();
    List<Map<String, Object>> releases = new ArrayList<>();
    Map<UUID, OcdsQueries.TenderData> tenders = new LinkedHashMap<>();
    List<OcdsQueries.Event> read = queries.events(now, since, cursor, size + 1);
    List<OcdsQueries.Event> events = read.size() > size ? read.subList(0, size) : read;
    for (OcdsQueries.Event event : events) {
      OcdsQueries.TenderData tender =
          tenders.computeIfAbsent(event.tenderId(), id -> queries.tender(id, now).orElseThrow());
      releases.add(release(tender, event));
    }
    FeedCursor next = read.size() > size ? FeedCursor.after(events.getLast()) : null;
    return new Page(releasePackage(uri, now, releases), next);
  }

  /** A release package and where the next page starts (null on the last page). */
  public record Page(Map<String, Object> body, @Nullable FeedCursor next) {}

  /** Every release of one contracting process, as a release package. */
  @Transactional(readOnly = true)
  public Map<String, Object> releasesOf(String uri, String ocid) {
    Instant now = now();
    OcdsQueries.TenderData tender = find(ocid, now);
    List<Map<String, Object>> releases = new ArrayList<>();
    for (OcdsQueries.Event event : queries.eventsOf(tender.id(), now)) {
      releases.add(release(tender, event));
    }
    return releasePackage(uri, now, releases);
  }

  /** The record of one contracting process: its releases and the compiled release. */
  @Transactional(readOnly = true)
  public Map<String, Object> record(String uri, String ocid) {
    Instant now = now();
    OcdsQueries.TenderData tender = find(ocid, now);
    List<Map<String, Object>> releases = new ArrayList<>();
    Instant latest = tender.publishedAt();
    for (OcdsQueries.Event event : queries.eventsOf(tender.id(), now)) {
      releases.add(release(tender, event));
      latest = event.at().isAfter(latest) ? event.at() : latest;
    }
    Map<String, Object> compiled =
        build(
            tender,
            ocid(tender.id()) + "-compiled",
            latest,
            List.of("compiled"),
            now,
            null,
            tender.amendments().size());
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("ocid", ocid(tender.id()));
    record.put("releases", releases);
    record.put("compiledRelease", compiled);
    Map<String, Object> body = packageHead(uri, now);
    body.put("records", List.of(record));
    return body;
  }

  private OcdsQueries.TenderData find(String ocid, Instant now) {
    String prefix = settings.getOcidPrefix() + "-";
    if (!ocid.startsWith(prefix)) {
      throw ProblemException.notFound("The contracting process");
    }
    UUID id;
    try {
      id = UUID.fromString(ocid.substring(prefix.length()));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("The contracting process");
    }
    return queries
        .tender(id, now)
        .orElseThrow(() -> ProblemException.notFound("The contracting process"));
  }

  String ocid(UUID tenderId) {
    return settings.getOcidPrefix() + "-" + tenderId;
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private Map<String, Object> packageHead(String uri, Instant now) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("uri", uri);
    body.put("version", "1.1");
    body.put("extensions", List.of(BID_EXTENSION));
    body.put("publishedDate", date(now));
    body.put("publisher", Map.of("name", settings.getPublisherName()));
    if (!settings.getLicense().isBlank()) {
      body.put("license", settings.getLicense());
    }
    if (!settings.getPublicationPolicy().isBlank()) {
      body.put("publicationPolicy", settings.getPublicationPolicy());
    }
    return body;
  }

  private Map<String, Object> releasePackage(
      String uri, Instant now, List<Map<String, Object>> releases) {
    Map<String, Object> body = packageHead(uri, now);
    body.put("releases", releases);
    return body;
  }

  private Map<String, Object> release(OcdsQueries.TenderData tender, OcdsQueries.Event event) {
    String ocid = ocid(tender.id());
    String id = ocid + "-" + event.kind() + (event.ref() == null ? "" : "-" + event.ref());
    List<String> tag =
        List.of(
            switch (event.kind()) {
              case "tender" -> "tender";
              case "amendment" -> "tenderAmendment";
              case "closed", "unsuccessful" -> "tenderUpdate";
              case "cancelled" -> "tenderCancellation";
              case "award" -> "award";
              case "contract" -> "contract";
              default -> "contractTermination";
            });
    return build(tender, id, event.at(), tag, event.at(), event.kind(), applied(tender, event));
  }

  /**
   * How many of the tender's amendments a release shows: none at publication, up to and including
   * its own for an amendment, all made by its date for any later release.
   */
  private static int applied(OcdsQueries.TenderData tender, OcdsQueries.Event event) {
    List<OcdsQueries.Amendment> amendments = tender.amendments();
    return switch (event.kind()) {
      case "tender" -> 0;
      case "amendment" -> {
        for (int i = 0; i < amendments.size(); i++) {
          if (amendments.get(i).id().equals(event.ref())) {
            yield i + 1;
          }
        }
        yield amendments.size();
      }
      default -> (int) amendments.stream().filter(a -> !a.at().isAfter(event.at())).count();
    };
  }

  private String amendmentReleaseId(OcdsQueries.TenderData tender, int index) {
    return index < 0
        ? ocid(tender.id()) + "-tender"
        : ocid(tender.id()) + "-amendment-" + tender.amendments().get(index).id();
  }

  private static final Map<String, String> CHANGED =
      Map.of(
          "title", "标题",
          "description", "项目说明",
          "value", "预算",
          "tenderPeriod", "投标截止时间",
          "enquiryPeriod", "澄清截止时间",
          "items", "服务类别",
          "awardCriteria", "评标办法",
          "otherTerms", "其他条款");

  /** The OCDS amendment of the tender's amendment {@code index} (0 = the first). */
  private Map<String, Object> amendment(OcdsQueries.TenderData tender, int index) {
    OcdsQueries.Amendment a = tender.amendments().get(index);
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", String.valueOf(index + 1));
    entry.put("date", date(a.at()));
    entry.put(
        "description",
        (a.changed().isEmpty()
                ? "招标文件修改"
                : "修改：" + String.join("、", a.changed().stream().map(CHANGED::get).toList()))
            + (a.material() ? "（实质性修改，已提交的投标须重新确认）" : ""));
    entry.put("amendsReleaseID", amendmentReleaseId(tender, index - 1));
    entry.put("releaseID", amendmentReleaseId(tender, index));
    return entry;
  }

  /** The tender as it stood at {@code asOf}, with the first {@code applied} amendments made. */
  private Map<String, Object> build(
      OcdsQueries.TenderData t,
      String id,
      Instant date,
      List<String> tag,
      Instant asOf,
      @Nullable String kind,
      int applied) {
    OcdsQueries.Terms terms =
        applied >= t.amendments().size() ? t.terms() : t.amendments().get(applied).before();
    Map<String, Object> release = new LinkedHashMap<>();
    release.put("ocid", ocid(t.id()));
    release.put("id", id);
    release.put("date", date(date));
    release.put("tag", tag);
    release.put("initiationType", "tender");
    release.put("language", "zh");

    List<OcdsQueries.AwardData> awards =
        t.awards().stream().filter(a -> !a.awardedAt().isAfter(asOf)).toList();
    List<OcdsQueries.ContractData> contracts =
        t.contracts().stream().filter(c -> !c.createdAt().isAfter(asOf)).toList();

    List<Map<String, Object>> parties = new ArrayList<>();
    Map<String, Object> buyer = new LinkedHashMap<>();
    buyer.put("id", t.clientId().toString());
    buyer.put("name", t.clientName());
    if (t.clientNameEn() != null) {
      buyer.put("name_en", t.clientNameEn());
    }
    buyer.put("address", Map.of("locality", t.clientCityName(), "countryName", "中国"));
    buyer.put("roles", List.of("buyer", "procuringEntity"));
    parties.add(buyer);
    List<String> suppliers = new ArrayList<>();
    for (OcdsQueries.AwardData award : awards) {
      String supplier = award.supplierId().toString();
      if (!suppliers.contains(supplier)) {
        suppliers.add(supplier);
        parties.add(
            Map.of("id", supplier, "name", award.supplierName(), "roles", List.of("supplier")));
      }
    }
    release.put("parties", parties);
    release.put("buyer", reference(t.clientId(), t.clientName()));

    Map<String, Object> tender = new LinkedHashMap<>();
    tender.put("id", t.id().toString());
    tender.put("title", terms.title());
    if (!terms.description().isBlank()) {
      tender.put("description", terms.description());
    }
    tender.put("status", tenderStatus(t, asOf, kind, !awards.isEmpty()));
    tender.put("procuringEntity", reference(t.clientId(), t.clientName()));
    List<Map<String, Object>> items = new ArrayList<>();
    for (int i = 0; i < terms.items().size(); i++) {
      OcdsQueries.Item item = terms.items().get(i);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", String.valueOf(i + 1));
      entry.put("description", item.nameZh());
      entry.put("description_en", item.nameEn());
      entry.put(
          "classification",
          Map.of("scheme", "WAIBAO-CAPABILITY", "id", item.code(), "description", item.nameZh()));
      entry.put(
          "additionalClassifications",
          List.of(
              Map.of(
                  "scheme",
                  "WAIBAO-CAPABILITY-GROUP",
                  "id",
                  item.group(),
                  "description",
                  item.groupNameZh())));
      items.add(entry);
    }
    tender.put("items", items);
    if (terms.budgetMax() != null) {
      tender.put("value", value(terms.budgetMax()));
    }
    if (terms.budgetMin() != null) {
      tender.put("minValue", value(terms.budgetMin()));
    }
    tender.put("procurementMethod", "open");
    tender.put("mainProcurementCategory", "services");
    tender.put("awardCriteria", terms.priceWeight() == 100 ? "priceOnly" : "ratedCriteria");
    tender.put("submissionMethod", List.of("electronicSubmission"));
    tender.put("tenderPeriod", period(t.publishedAt(), terms.bidDeadline()));
    tender.put("enquiryPeriod", period(t.publishedAt(), terms.clarificationDeadline()));
    tender.put("hasEnquiries", t.hasEnquiries());
    if (applied > 0) {
      List<Map<String, Object>> amendments = new ArrayList<>();
      for (int i = 0; i < applied; i++) {
        amendments.add(amendment(t, i));
      }
      tender.put("amendments", amendments);
    }
    boolean closed = !t.bidDeadline().isAfter(asOf) && t.bids() != null;
    if (closed) {
      tender.put("numberOfTenderers", t.tenderers());
    }
    release.put("tender", tender);
    if (closed) {
      release.put(
          "bids",
          Map.of(
              "statistics",
              List.of(
                  Map.of(
                      "id",
                      "1",
                      "measure",
                      "bids",
                      "value",
                      t.bids(),
                      "date",
                      date(t.bidDeadline())))));
    }

    if (!awards.isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (OcdsQueries.AwardData award : awards) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", award.id().toString());
        entry.put("status", "active");
        entry.put("date", date(award.awardedAt()));
        entry.put("value", value(award.value()));
        entry.put("suppliers", List.of(reference(award.supplierId(), award.supplierName())));
        list.add(entry);
      }
      release.put("awards", list);
    }
    if (!contracts.isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (OcdsQueries.ContractData contract : contracts) {
        boolean ended = contract.endedAt() != null && !contract.endedAt().isAfter(asOf);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", contract.id().toString());
        entry.put("awardID", contract.awardId().toString());
        entry.put("status", ended ? "terminated" : "active");
        entry.put("period", datePeriod(contract.startsOn(), contract.endsOn()));
        entry.put("value", value(contract.value()));
        entry.put("dateSigned", date(contract.createdAt()));
        list.add(entry);
      }
      release.put("contracts", list);
    }
    return release;
  }

  private static String tenderStatus(
      OcdsQueries.TenderData t, Instant asOf, @Nullable String kind, boolean awarded) {
    boolean compiled = kind == null;
    if ("cancelled".equals(kind)
        || (compiled && "CANCELLED".equals(t.status()))
        || (t.cancelledAt() != null && !t.cancelledAt().isAfter(asOf))) {
      return "cancelled";
    }
    if ("unsuccessful".equals(kind)
        || ("UNSUCCESSFUL".equals(t.status())
            && t.decidedAt() != null
            && !t.decidedAt().isAfter(asOf))) {
      return "unsuccessful";
    }
    return awarded ? "complete" : "active";
  }

  private static Map<String, Object> reference(UUID id, String name) {
    return Map.of("id", id.toString(), "name", name);
  }

  private static Map<String, Object> value(BigDecimal amount) {
    return Map.of("amount", amount, "currency", "CNY");
  }

  private static Map<String, Object> period(Instant start, Instant end) {
    return Map.of("startDate", date(start), "endDate", date(end));
  }

  private static Map<String, Object> datePeriod(LocalDate start, LocalDate end) {
    return Map.of(
        "startDate",
        start.atStartOfDay(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        "endDate",
        end.plusDays(1)
            .atStartOfDay(CHINA)
            .minusSeconds(1)
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
  }

  static String date(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }
}
