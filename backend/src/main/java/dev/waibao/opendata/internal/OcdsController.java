package dev.waibao.opendata.internal;

import dev.waibao.shared.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** The public OCDS 1.1 feed: release packages, per-process releases and records. */
@Controller("/api/ocds")
@Tag(name = "Open data (OCDS)")
class OcdsController {

  private static final int MAX_SIZE = 500;

  private final OcdsFeed feed;
  private final OcdsSettings settings;

  OcdsController(OcdsFeed feed, OcdsSettings settings) {
    this.feed = feed;
    this.settings = settings;
  }

  @Get(uri = "/releases", produces = MediaType.APPLICATION_JSON)
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary =
          "Releases of all published tenders, oldest first, from `since` (an instant or a date) on;"
              + " the next page is links.next of the package (also the Link header), a cursor that"
              + " neither repeats nor skips a release when releases are added during the walk")
  HttpResponse<Map<String, Object>> releases(
      HttpRequest<?> request,
      @QueryValue @Nullable String since,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable Integer page,
      @QueryValue(defaultValue = "100") int size) {
    Instant from = since(since);
    if (page != null && page != 0) {
      throw ProblemException.invalid(
          "page", "is no longer used: pages follow each other through links.next (a cursor)");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
    }
    FeedCursor after = cursor == null || cursor.isBlank() ? null : FeedCursor.decode(cursor);
    String base = base(request) + "/api/ocds/releases";
    String query =
        (since == null ? "" : "since=" + URLEncoder.encode(since, StandardCharsets.UTF_8) + "&")
            + "size="
            + size;
    OcdsFeed.Page result =
        feed.releases(
            base + "?" + query + (after == null ? "" : "&cursor=" + after.encode()),
            from,
            after,
            size);
    Map<String, Object> body = result.body();
    if (result.next() == null) {
      return HttpResponse.ok(body);
    }
    String next = base + "?" + query + "&cursor=" + result.next().encode();
    body.put("links", Map.of("next", next));
    return HttpResponse.ok(body).header("Link", "<" + next + ">; rel=\"next\"");
  }

  @Get(uri = "/releases/{ocid}", produces = MediaType.APPLICATION_JSON)
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Every release of one contracting process (one tender), as a package")
  Map<String, Object> releasesOf(HttpRequest<?> request, @PathVariable String ocid) {
    return feed.releasesOf(base(request) + "/api/ocds/releases/" + ocid, ocid);
  }

  @Get(uri = "/records/{ocid}", produces = MediaType.APPLICATION_JSON)
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "The record of one contracting process with its compiled release")
  Map<String, Object> record(HttpRequest<?> request, @PathVariable String ocid) {
    return feed.record(base(request) + "/api/ocds/records/" + ocid, ocid);
  }

  private String base(HttpRequest<?> request) {
    if (!settings.getBaseUri().isBlank()) {
      return settings.getBaseUri().replaceAll("/+$", "");
    }
    String host = request.getHeaders().get("Host");
    return "http://" + (host == null ? "localhost" : host);
  }

  private static @Nullable Instant since(@Nullable String since) {
    if (since == null || since.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(since);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return LocalDate.parse(since).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
      } catch (DateTimeParseException notADate) {
        throw ProblemException.invalid(
            "since", "must be an instant (2026-05-01T00:00:00Z) or a date (2026-05-01)");
      }
    }
  }
}
