package dev.waibao.search.internal;

import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.FacetResult;
import dev.waibao.searchindex.Filter;
import dev.waibao.searchindex.FirmDocument;
import dev.waibao.searchindex.ParkDocument;
import dev.waibao.searchindex.SearchEngine;
import dev.waibao.searchindex.SearchEngineException;
import dev.waibao.searchindex.SearchHit;
import dev.waibao.searchindex.SearchQuery;
import dev.waibao.searchindex.SearchResult;
import dev.waibao.searchindex.Sort;
import dev.waibao.searchindex.TenderDocument;
import dev.waibao.shared.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over published tenders, vendor firms and parks, for anyone: text, filters,
 * multi-select facets with counts, highlighted snippets, sorting and paging; one response shape for
 * all three. Hostile input is refused with a 400 naming the parameter; user text is never parsed as
 * engine syntax.
 */
@Controller("/api/search")
@Tag(name = "Search")
class SearchController {

  private static final Set<String> PARAMETERS =
      Set.of("q", "page", "size", "sort", "facets", "highlight", "filters", "text");

  private final SearchEngine engine;

  SearchController(SearchEngine engine) {
    this.engine = engine;
  }

  @Serdeable
  record Hit(String id, Map<String, Object> fields, Map<String, String> highlights) {}

  @Serdeable
  record Count(String value, long count) {}

  @Serdeable
  record Page(long total, int page, int size, List<Hit> hits, Map<String, List<Count>> facets) {}

  @Get("/tenders")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "Search published tenders with facets and highlights")
  Page tenders(
      @QueryValue @Nullable String q,
      @QueryValue @Nullable List<String> category,
      @QueryValue @Nullable List<String> industry,
      @QueryValue @Nullable List<String> city,
      @QueryValue @Nullable List<String> deliveryMode,
      @QueryValue @Nullable List<String> status,
      @QueryValue @Nullable List<String> certification,
      @QueryValue @Nullable Long budgetMin,
      @QueryValue @Nullable Long budgetMax,
      @QueryValue @Nullable String deadlineFrom,
      @QueryValue @Nullable String deadlineTo,
      @QueryValue(defaultValue = "relevance") String sort,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    List<Filter> filters = new ArrayList<>();
    anyOf(filters, "category", TenderDocument.CATEGORIES, category);
    anyOf(filters, "industry", TenderDocument.INDUSTRY, industry);
    anyOf(filters, "city", TenderDocument.CITY, city);
    anyOf(filters, "deliveryMode", TenderDocument.DELIVERY_MODE, deliveryMode);
    anyOf(filters, "status", TenderDocument.STATUS, status);
    anyOf(filters, "certification", TenderDocument.REQUIRED_CERTIFICATIONS, certification);
    range(filters, TenderDocument.BUDGET_MAX, "budgetMin", budgetMin, "budgetMax", budgetMax);
    Instant from = instant("deadlineFrom", deadlineFrom);
    Instant to = instant("deadlineTo", deadlineTo);
    if (from != null || to != null) {
      filters.add(
          Filter.between(
              TenderDocument.BID_DEADLINE,
              from == null ? Instant.EPOCH : from,
              to == null ? Instant.parse("9999-12-31T00:00:00Z") : to));
    }
    return run(
        TenderDocument.INDEX,
        q,
        filters,
        page,
        size,
        tenderSort(sort),
        Map.of(TenderDocument.BUDGET_MAX, "budget"),
        new Facet[] {
          Facet.terms(TenderDocument.CATEGORIES, 20),
          Facet.terms(TenderDocument.INDUSTRY, 20),
          Facet.terms(TenderDocument.CITY, 20),
          Facet.terms(TenderDocument.DELIVERY_MODE),
          Facet.terms(TenderDocument.STATUS),
          TenderDocument.BUDGET_BANDS
        },
        TenderDocument.TITLE,
        TenderDocument.DESCRIPTION);
  }

  @Get("/vendors")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Search vendor firms (public profile, verified unexpired certifications)",
      description =
          "sort: relevance (default), headcount (largest first), founded (longest established"
              + " first). Facets: capabilities, certifications, city, sizeTier, languages,"
              + " markets.")
  Page vendors(
      @QueryValue @Nullable String q,
      @QueryValue @Nullable List<String> capability,
      @QueryValue @Nullable List<String> certification,
      @QueryValue @Nullable List<String> city,
      @QueryValue @Nullable List<String> sizeTier,
      @QueryValue @Nullable List<String> language,
      @QueryValue @Nullable List<String> market,
      @QueryValue(defaultValue = "relevance") String sort,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    List<Filter> filters = new ArrayList<>();
    anyOf(filters, "capability", FirmDocument.CAPABILITIES, capability);
    anyOf(filters, "certification", FirmDocument.CERTIFICATIONS, certification);
    anyOf(filters, "city", FirmDocument.CITY, city);
    anyOf(filters, "sizeTier", FirmDocument.SIZE_TIER, sizeTier);
    anyOf(filters, "language", FirmDocument.LANGUAGES, language);
    anyOf(filters, "market", FirmDocument.MARKETS, market);
    Sort order =
        switch (sort) {
          case "relevance" -> Sort.relevance();
          case "headcount" -> Sort.descending(FirmDocument.HEADCOUNT);
          case "founded" -> Sort.ascending(FirmDocument.FOUNDED_YEAR);
          default ->
              throw ProblemException.invalid("sort", "must be relevance, headcount or founded");
        };
    return run(
        FirmDocument.INDEX,
        q,
        filters,
        page,
        size,
        order,
        Map.of(),
        new Facet[] {
          Facet.terms(FirmDocument.CAPABILITIES, 30),
          Facet.terms(FirmDocument.CERTIFICATIONS),
          Facet.terms(FirmDocument.CITY, 20),
          Facet.terms(FirmDocument.SIZE_TIER),
          Facet.terms(FirmDocument.LANGUAGES, 20),
          Facet.terms(FirmDocument.MARKETS)
        },
        FirmDocument.NAME_ZH,
        FirmDocument.NAME_EN,
        FirmDocument.DESCRIPTION);
  }

  /** Bands of the parks' available floor area, in m². */
  static final Facet.Ranges AREA_BANDS =
      Facet.ranges(
          ParkDocument.AVAILABLE_AREA,
          Facet.Range.below("UNDER_1000", 1_000L),
          Facet.Range.between("1000_TO_5000", 1_000L, 5_000L),
          Facet.Range.between("5000_TO_20000", 5_000L, 20_000L),
          Facet.Range.atLeast("20000_AND_MORE", 20_000L));

  @Get("/parks")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary = "Search service-outsourcing parks",
      description =
          "areaMin/areaMax bound the floor area (m²) of the units available now, both inclusive."
              + " sort: relevance (default), area (most available first), seats. Facets: city,"
              + " level, focusCategories, area (bands).")
  Page parks(
      @QueryValue @Nullable String q,
      @QueryValue @Nullable List<String> city,
      @QueryValue @Nullable List<String> level,
      @QueryValue @Nullable List<String> category,
      @QueryValue @Nullable Long areaMin,
      @QueryValue @Nullable Long areaMax,
      @QueryValue(defaultValue = "relevance") String sort,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    List<Filter> filters = new ArrayList<>();
    anyOf(filters, "city", ParkDocument.CITY, city);
    anyOf(filters, "level", ParkDocument.LEVEL, level);
    anyOf(filters, "category", ParkDocument.FOCUS_CATEGORIES, category);
    range(filters, ParkDocument.AVAILABLE_AREA, "areaMin", areaMin, "areaMax", areaMax);
    Sort order =
        switch (sort) {
          case "relevance" -> Sort.relevance();
          case "area" -> Sort.descending(ParkDocument.AVAILABLE_AREA);
          case "seats" -> Sort.descending(ParkDocument.AVAILABLE_SEATS);
          default -> throw ProblemException.invalid("sort", "must be relevance, area or seats");
        };
    return run(
        ParkDocument.INDEX,
        q,
        filters,
        page,
        size,
        order,
        Map.of(ParkDocument.AVAILABLE_AREA, "area"),
        new Facet[] {
          Facet.terms(ParkDocument.CITY, 20),
          Facet.terms(ParkDocument.LEVEL),
          Facet.terms(ParkDocument.FOCUS_CATEGORIES, 30),
          AREA_BANDS
        },
        ParkDocument.NAME_ZH,
        ParkDocument.NAME_EN,
        ParkDocument.DESCRIPTION);
  }

  private Page run(
      String index,
      @Nullable String q,
      List<Filter> filters,
      int page,
      int size,
      Sort sort,
      Map<String, String> facetNames,
      Facet[] facets,
      String... highlighted) {
    SearchQuery query;
    try {
      query =
          new SearchQuery(q, filters, page, size, sort)
              .withFacets(facets)
              .highlighting(highlighted);
    } catch (IllegalArgumentException invalid) {
      throw ProblemException.invalid(parameterOf(invalid.getMessage()), invalid.getMessage());
    }
    SearchResult result;
    try {
      result = engine.search(index, query);
    } catch (SearchEngineException unavailable) {
      throw new ProblemException.Unavailable("Search is unavailable right now; try again shortly.");
    }
    Map<String, List<Count>> counts = new LinkedHashMap<>();
    for (FacetResult facet : result.facets()) {
      counts.put(
          facetNames.getOrDefault(facet.field(), facet.field()),
          facet.counts().stream().map(c -> new Count(c.value(), c.count())).toList());
    }
    List<Hit> hits = result.hits().stream().map(SearchController::hit).toList();
    return new Page(result.totalHits(), page, size, hits, counts);
  }

  private static void range(
      List<Filter> filters,
      String field,
      String minParameter,
      @Nullable Long min,
      String maxParameter,
      @Nullable Long max) {
    if (min == null && max == null) {
      return;
    }
    if (min != null && min < 0) {
      throw ProblemException.invalid(minParameter, "must not be negative");
    }
    if (max != null && max < 0) {
      throw ProblemException.invalid(maxParameter, "must not be negative");
    }
    if (min != null && max != null && min > max) {
      throw ProblemException.invalid(minParameter, "must not exceed " + maxParameter);
    }
    filters.add(Filter.between(field, min == null ? 0 : min, max == null ? Long.MAX_VALUE : max));
  }

  private static Hit hit(SearchHit hit) {
    return new Hit(hit.id(), hit.fields(), hit.highlights());
  }

  private static void anyOf(
      List<Filter> filters, String parameter, String field, @Nullable List<String> values) {
    if (values != null && !values.isEmpty()) {
      try {
        filters.add(Filter.anyOf(field, values));
      } catch (IllegalArgumentException invalid) {
        throw ProblemException.invalid(parameter, invalid.getMessage());
      }
    }
  }

  private static Sort tenderSort(String sort) {
    return switch (sort) {
      case "relevance" -> Sort.relevance();
      case "deadline" -> Sort.ascending(TenderDocument.BID_DEADLINE);
      case "budget" -> Sort.descending(TenderDocument.BUDGET_MAX);
      case "newest" -> Sort.descending(TenderDocument.PUBLISHED_AT);
      default ->
          throw ProblemException.invalid("sort", "must be relevance, deadline, budget or newest");
    };
  }

  private static Instant instant(String parameter, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(
          parameter, "must be an ISO-8601 instant such as 2027-01-31T16:00:00Z");
    }
  }

  /** The query model's messages start with the parameter they are about. */
  private static String parameterOf(String message) {
    String first = message == null ? "" : message.split("[ :]", 2)[0];
    return PARAMETERS.contains(first) ? (first.equals("text") ? "q" : first) : "q";
  }
}
