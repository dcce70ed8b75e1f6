package dev.waibao.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.waibao.tenders.application.Closing;
import dev.waibao.testing.Accounts;
import dev.waibao.testing.Accounts.SignedIn;
import dev.waibao.testing.Http;
import dev.waibao.testing.IntegrationTest;
import dev.waibao.testing.Polling;
import dev.waibao.testing.TenderFixture;
import dev.waibao.testing.TestClock;
import dev.waibao.testing.Vendors;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OCDS feed: every lifecycle state of a tender (published, amended, closed, awarded,
 * contracted, completed, unsuccessful, cancelled) gives releases, packages and records that
 * validate against the official OCDS 1.1 schema (draft-04), drafts never appear, and a sealed
 * tender says nothing about its bids.
 */
@MicronautTest(transactional = false)
class OcdsFeedIT extends IntegrationTest {

  private static final String PREFIX = "ocds-t3st01";
  private static final String SCHEMA_BASE = "https://standard.open-contracting.org/schema/1__1__5/";

  @Inject EmbeddedServer server;
  @Inject JsonMapper json;
  @Inject TestClock clock;
  @Inject DataSource dataSource;
  @Inject Closing closing;
  private Http http;
  private Accounts accounts;
  private TenderFixture tenders;
  private Vendors vendors;
  private final ObjectMapper mapper = new ObjectMapper();
  private Schema releaseSchema;
  private Schema packageSchema;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = super.getProperties();
    properties.put("waibao.ocds.ocid-prefix", PREFIX);
    return properties;
  }

  @BeforeAll
  void connect() {
    http = new Http(server, json);
    accounts = new Accounts(http);
    tenders = new TenderFixture(http, clock);
    vendors = new Vendors(dataSource);
    SchemaRegistry registry =
        SchemaRegistry.withDialect(
            Dialects.getDraft4(),
            builder ->
                builder.schemaIdResolvers(
                    resolvers -> resolvers.mapPrefix(SCHEMA_BASE, "classpath:ocds/")));
    releaseSchema = registry.getSchema(SchemaLocation.of(SCHEMA_BASE + "release-schema.json"));
    packageSchema =
        registry.getSchema(SchemaLocation.of(SCHEMA_BASE + "release-package-schema.json"));
  }

  private JsonNode tree(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try {
      return mapper.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void assertValidPackage(JsonNode releasePackage) {
    List<Error> errors = packageSchema.validate(releasePackage);
    assertThat(errors).as("release package errors").isEmpty();
    for (JsonNode release : releasePackage.get("releases")) {
      assertValidRelease(release);
    }
  }

  private void assertValidRelease(JsonNode release) {
    List<Error> errors = releaseSchema.validate(release);
    assertThat(errors).as("errors of release " + release.get("id")).isEmpty();
  }

  /**
   * The record of an ocid: its releases and compiled release validate; returns the compiled one.
   */
  private JsonNode assertValidRecord(String ocid) {
    JsonNode recordPackage = tree(http.get("/api/ocds/records/" + ocid));
    for (String field : List.of("uri", "publisher", "publishedDate", "version")) {
      assertThat(recordPackage.has(field)).as("record package has " + field).isTrue();
    }
    JsonNode record = recordPackage.get("records").get(0);
    assertThat(record.get("ocid").asText()).isEqualTo(ocid);
    for (JsonNode release : record.get("releases")) {
      assertValidRelease(release);
    }
    JsonNode compiled = record.get("compiledRelease");
    assertValidRelease(compiled);
    assertThat(compiled.get("tag").get(0).asText()).isEqualTo("compiled");
    return compiled;
  }

  private JsonNode releasesOf(String ocid) {
    JsonNode releasePackage = tree(http.get("/api/ocds/releases/" + ocid));
    assertValidPackage(releasePackage);
    return releasePackage.get("releases");
  }

  private static List<String> tags(JsonNode releases) {
    List<String> tags = new ArrayList<>();
    releases.forEach(release -> tags.add(release.get("tag").get(0).asText()));
    return tags;
  }

  private String bid(SignedIn vendor, String tenderId, long price) {
    HttpResponse<String> response =
        http.post(
            "/api/tenders/" + tenderId + "/bids", TenderFixture.bid(price), vendor.accessToken());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return (String) http.json(response).get("id");
  }

  @Test
  void everyLifecycleStateValidatesAndSealedBidsNeverLeak() {
    Instant start = clock.instant();
    SignedIn client = accounts.register("CLIENT");
    SignedIn first = vendors.eligibleVendor(accounts);
    SignedIn second = vendors.eligibleVendor(accounts);

    HttpResponse<String> draft =
        http.post("/api/tenders", tenders.body(Duration.ofDays(1)), client.accessToken());
    String draftId = (String) http.json(draft).get("id");
    String awarded = tenders.publish(client, tenders.body(Duration.ofDays(1)));
    String unsuccessful = tenders.publish(client, tenders.body(Duration.ofDays(1)));
    String cancelled = tenders.publish(client, tenders.body(Duration.ofDays(1)));
    String evaluating = tenders.publish(client, tenders.body(Duration.ofDays(1)));
    String amended = tenders.publish(client, tenders.body(Duration.ofDays(1)));

    String winningBid = bid(first, awarded, 1_234_567);
    bid(second, amended, 1_999_999);
    clock.advance(Duration.ofMinutes(5));
    HttpResponse<String> amendment =
        http.call(
            "PATCH",
            "/api/tenders/" + amended,
            Map.of(
                "title",
                "呼叫中心外包服务（修订）",
                "budgetMax",
                2_400_000,
                "capabilities",
                List.of("BPO_CALL_CENTRE", "ITO_APPLICATION_SOFTWARE")),
            client.accessToken(),
            Map.of());
    assertThat(amendment.statusCode()).as(amendment.body()).isEqualTo(200);
    bid(second, awarded, 1_876_543);
    bid(first, evaluating, 1_111_111);
    assertThat(
            http.post(
                    "/api/tenders/" + cancelled + "/cancel",
                    Map.of("reason", "需求变更"),
                    client.accessToken())
                .statusCode())
        .isEqualTo(200);

    // sealed: before the deadline, nothing in any document says anything about the bids
    String ocid = PREFIX + "-" + awarded;
    HttpResponse<String> feed = http.get("/api/ocds/releases?size=500&since=" + start);
    assertThat(feed.body())
        .doesNotContain("1234567", "1876543", "1111111")
        .doesNotContain(first.organisationId(), second.organisationId());
    // Other tests' tenders may close meanwhile and rightly show their bid counts in the feed: of
    // the feed, this tender's releases are the ones that must say nothing about bids.
    var ownReleases = new StringBuilder();
    tree(feed)
        .get("releases")
        .forEach(
            release -> {
              if (ocid.equals(release.get("ocid").asText())) {
                ownReleases.append(release);
              }
            });
    List<String> sealedBodies =
        List.of(
            http.get("/api/ocds/releases/" + ocid).body(),
            http.get("/api/ocds/records/" + ocid).body(),
            ownReleases.toString());
    for (String body : sealedBodies) {
      assertThat(body)
          .contains(ocid)
          .doesNotContain("1234567", "1876543", "1111111")
          .doesNotContain(first.organisationId(), second.organisationId())
          .doesNotContain(first.organisationName(), second.organisationName())
          .doesNotContain("numberOfTenderers", "statistics", "tenderers");
    }
    JsonNode sealed = releasesOf(ocid);
    assertThat(tags(sealed)).containsExactly("tender");
    JsonNode tender = sealed.get(0).get("tender");
    assertThat(tender.get("status").asText()).isEqualTo("active");
    assertThat(tender.get("tenderPeriod").has("endDate")).isTrue();
    assertThat(tender.get("enquiryPeriod").has("endDate")).isTrue();
    assertThat(tender.get("value").get("amount").asLong()).isEqualTo(2_000_000);
    assertThat(tender.get("items").get(0).get("classification").get("id").asText())
        .isEqualTo("BPO_CALL_CENTRE");
    assertThat(sealed.get(0).get("parties").get(0).get("roles").toString()).contains("buyer");
    assertValidRecord(ocid);

    // amended: the tender release keeps the terms as published, the amendment release and the
    // compiled release show the amended ones; still nothing about the bid on it
    String amendedOcid = PREFIX + "-" + amended;
    JsonNode amendedReleases = releasesOf(amendedOcid);
    assertThat(tags(amendedReleases)).containsExactly("tender", "tenderAmendment");
    JsonNode asPublished = amendedReleases.get(0).get("tender");
    assertThat(asPublished.get("title").asText())
        .isEqualTo(tenders.body(Duration.ZERO).get("title"));
    assertThat(asPublished.get("value").get("amount").asLong()).isEqualTo(2_000_000);
    assertThat(asPublished.get("items")).hasSize(1);
    assertThat(asPublished.has("amendments")).isFalse();
    JsonNode amendmentRelease = amendedReleases.get(1);
    assertThat(amendmentRelease.get("id").asText()).startsWith(amendedOcid + "-amendment-");
    JsonNode amendedTender = amendmentRelease.get("tender");
    assertThat(amendedTender.get("title").asText()).isEqualTo("呼叫中心外包服务（修订）");
    assertThat(amendedTender.get("value").get("amount").asLong()).isEqualTo(2_400_000);
    assertThat(amendedTender.get("items")).hasSize(2);
    assertThat(amendedTender.get("amendments")).hasSize(1);
    JsonNode ocdsAmendment = amendedTender.get("amendments").get(0);
    assertThat(ocdsAmendment.get("id").asText()).isEqualTo("1");
    assertThat(ocdsAmendment.get("date").asText()).isEqualTo(amendmentRelease.get("date").asText());
    assertThat(ocdsAmendment.get("amendsReleaseID").asText())
        .isEqualTo(amendedReleases.get(0).get("id").asText());
    assertThat(ocdsAmendment.get("releaseID").asText())
        .isEqualTo(amendmentRelease.get("id").asText());
    assertThat(ocdsAmendment.get("description").asText())
        .contains("标题", "预算", "服务类别", "实质性")
        .doesNotContain("投标截止时间");
    JsonNode amendedCompiled = assertValidRecord(amendedOcid);
    assertThat(amendedCompiled.get("tender").get("title").asText()).isEqualTo("呼叫中心外包服务（修订）");
    assertThat(amendedCompiled.get("tender").get("value").get("amount").asLong())
        .isEqualTo(2_400_000);
    assertThat(amendedCompiled.get("tender").get("amendments")).hasSize(1);
    for (String body :
        List.of(
            http.get("/api/ocds/releases/" + amendedOcid).body(),
            http.get("/api/ocds/records/" + amendedOcid).body())) {
      assertThat(body)
          .doesNotContain("1999999", second.organisationId(), second.organisationName())
          .doesNotContain("numberOfTenderers", "statistics", "tenderers");
    }

    // drafts never appear
    assertThat(http.get("/api/ocds/releases/" + PREFIX + "-" + draftId).statusCode())
        .isEqualTo(404);
    assertThat(http.get("/api/ocds/records/" + PREFIX + "-" + draftId).statusCode()).isEqualTo(404);

    clock.advance(Duration.ofDays(1).plusMinutes(1));
    while (closing.closeDue() > 0) {
      // every batch due
    }

    // after the deadline only the count, still no prices and no bidders
    JsonNode closed = releasesOf(ocid);
    assertThat(tags(closed)).containsExactly("tender", "tenderUpdate");
    assertThat(closed.get(1).get("bids").get("statistics").get(0).get("value").asInt())
        .isEqualTo(2);
    assertThat(closed.get(1).get("tender").get("numberOfTenderers").asInt()).isEqualTo(2);
    assertThat(closed.get(0).has("bids")).as("the tender release stays as it was").isFalse();
    String closedBody = http.get("/api/ocds/records/" + ocid).body();
    assertThat(closedBody)
        .doesNotContain("1876543", "1234567")
        .doesNotContain(first.organisationId(), second.organisationId());

    HttpResponse<String> award =
        http.post(
            "/api/tenders/" + awarded + "/award",
            Map.of(
                "bidId",
                winningBid,
                "reason",
                "价格最优",
                "contractStartsOn",
                "2027-01-01",
                "contractEndsOn",
                "2027-12-31"),
            client.accessToken());
    assertThat(award.statusCode()).as(award.body()).isEqualTo(200);
    String contractId = (String) http.json(award).get("contractId");
    clock.advance(Duration.ofDays(30));
    assertThat(
            http.post("/api/contracts/" + contractId + "/complete", null, client.accessToken())
                .statusCode())
        .isEqualTo(200);

    JsonNode done = releasesOf(ocid);
    assertThat(tags(done))
        .containsExactly("tender", "tenderUpdate", "award", "contract", "contractTermination");
    JsonNode compiled = assertValidRecord(ocid);
    assertThat(compiled.get("tender").get("status").asText()).isEqualTo("complete");
    assertThat(compiled.get("awards").get(0).get("value").get("amount").asLong())
        .isEqualTo(1_234_567);
    assertThat(compiled.get("awards").get(0).get("suppliers").get(0).get("id").asText())
        .isEqualTo(first.organisationId());
    assertThat(compiled.get("contracts").get(0).get("status").asText()).isEqualTo("terminated");
    assertThat(compiled.get("contracts").get(0).get("period").get("startDate").asText())
        .startsWith("2027-01-01");
    assertThat(compiled.toString())
        .as("the losing bid stays unknown")
        .doesNotContain("1876543", second.organisationId());

    String unsuccessfulOcid = PREFIX + "-" + unsuccessful;
    assertThat(tags(releasesOf(unsuccessfulOcid)))
        .containsExactly("tender", "tenderUpdate", "tenderUpdate");
    assertThat(assertValidRecord(unsuccessfulOcid).get("tender").get("status").asText())
        .isEqualTo("unsuccessful");

    String cancelledOcid = PREFIX + "-" + cancelled;
    assertThat(tags(releasesOf(cancelledOcid))).containsExactly("tender", "tenderCancellation");
    assertThat(assertValidRecord(cancelledOcid).get("tender").get("status").asText())
        .isEqualTo("cancelled");

    // after the deadline the amended tender closes with its amended terms and the bid count
    JsonNode amendedClosed = releasesOf(amendedOcid);
    assertThat(tags(amendedClosed)).containsExactly("tender", "tenderAmendment", "tenderUpdate");
    assertThat(amendedClosed.get(2).get("tender").get("title").asText()).isEqualTo("呼叫中心外包服务（修订）");
    assertThat(amendedClosed.get(2).get("tender").get("amendments")).hasSize(1);
    assertThat(amendedClosed.get(0).get("tender").get("value").get("amount").asLong())
        .isEqualTo(2_000_000);
    assertThat(http.get("/api/ocds/records/" + amendedOcid).body()).doesNotContain("1999999");

    String evaluatingOcid = PREFIX + "-" + evaluating;
    assertThat(tags(releasesOf(evaluatingOcid))).containsExactly("tender", "tenderUpdate");
    assertThat(assertValidRecord(evaluatingOcid).get("tender").get("status").asText())
        .isEqualTo("active");

    // Tenders other tests left behind fall due when the clock moves; close them all now, so the
    // walk below reads a feed that stands still (walks beside new releases: the test after this)
    while (closing.closeDue() > 0) {
      // one batch at a time
    }
    // the whole feed since the start, page by page, validates and never shows the draft
    List<String> ids = new ArrayList<>();
    String next = "/api/ocds/releases?size=7&since=" + start;
    while (next != null) {
      HttpResponse<String> page = http.get(next);
      JsonNode body = tree(page);
      assertValidPackage(body);
      body.get("releases").forEach(release -> ids.add(release.get("id").asText()));
      next =
          page.headers()
              .firstValue("Link")
              .map(link -> link.substring(link.indexOf("/api/"), link.indexOf('>')))
              .orElse(null);
      assertThat(next)
          .isEqualTo(body.has("links") ? path(body.get("links").get("next").asText()) : null);
    }
    assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.contains(draftId));
    // A page that ends exactly where the feed ends links to no empty page after it.
    if (ids.size() <= 500) {
      JsonNode whole = tree(http.get("/api/ocds/releases?size=" + ids.size() + "&since=" + start));
      assertThat(whole.get("releases")).hasSize(ids.size());
      assertThat(whole.has("links")).isFalse();
    }
    assertThat(ids.stream().filter(id -> id.startsWith(ocid + "-"))).hasSize(5);
    assertThat(ids.stream().filter(id -> id.startsWith(PREFIX + "-")))
        .hasSizeGreaterThanOrEqualTo(12);
  }

  private static String path(String link) {
    return link.substring(link.indexOf("/api/"));
  }

  @Test
  void walkingTheFeedWhileTendersArePublishedSeesEveryEarlierReleaseExactlyOnce() throws Exception {
    // the clock stands still: every release below has the same date, so only the release's place
    // in the feed's order tells them apart, and new ones land before and after the walker's place
    Instant start = clock.instant();
    SignedIn client = accounts.register("CLIENT");
    List<String> existing = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      existing.add(
          PREFIX + "-" + tenders.publish(client, tenders.body(Duration.ofDays(2))) + "-tender");
    }

    AtomicInteger published = new AtomicInteger();
    AtomicBoolean walking = new AtomicBoolean(true);
    ExecutorService publisher = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> during =
          publisher.submit(
              () -> {
                while (walking.get() && published.get() < 30) {
                  tenders.publish(client, tenders.body(Duration.ofDays(2)));
                  published.incrementAndGet();
                }
                return published.get();
              });
      List<String> seen = new ArrayList<>();
      String next = "/api/ocds/releases?size=3&since=" + start;
      while (next != null) {
        int publishedBefore = published.get();
        JsonNode body = tree(http.get(next));
        assertValidPackage(body);
        body.get("releases").forEach(release -> seen.add(release.get("id").asText()));
        next = body.has("links") ? path(body.get("links").get("next").asText()) : null;
        // at least one tender is published between two pages while the publisher runs
        while (published.get() == publishedBefore && !during.isDone()) {
          Polling.pause(Duration.ofMillis(5));
        }
      }
      walking.set(false);
      assertThat(during.get(60, TimeUnit.SECONDS))
          .as("tenders published during the walk")
          .isPositive();
      assertThat(seen).doesNotHaveDuplicates().containsAll(existing);
    } finally {
      walking.set(false);
      publisher.shutdown();
      assertThat(publisher.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void badParametersAreNamed() {
    HttpResponse<String> since = http.get("/api/ocds/releases?since=yesterday");
    assertThat(since.statusCode()).isEqualTo(400);
    assertThat(since.body()).contains("since");
    HttpResponse<String> size = http.get("/api/ocds/releases?size=100000");
    assertThat(size.statusCode()).isEqualTo(400);
    assertThat(size.body()).contains("size");
    assertThat(http.get("/api/ocds/records/not-an-ocid").statusCode()).isEqualTo(404);
    HttpResponse<String> cursor = http.get("/api/ocds/releases?cursor=not-a-cursor");
    assertThat(cursor.statusCode()).isEqualTo(400);
    assertThat(cursor.body()).contains("cursor");
    HttpResponse<String> page = http.get("/api/ocds/releases?page=2");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("page");
  }
}
