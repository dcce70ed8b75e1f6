package dev.waibao.search.internal;

import dev.waibao.searchindex.Facet;
import dev.waibao.searchindex.FacetResult;
import dev.waibao.searchindex.Filter;
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
 * Full-text search over published tenders, for anyone: text, filters, multi-select facets with
 * counts, highlighted snippets, sorting and paging. Hostile input is refused with a 400 naming the
 * parameter; user text is never parsed as engine syntax.
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
    anyOf(filters, TenderDocument.CATEGORIES, category);
    anyOf(filters, TenderDocument.INDUSTRY, industry);
    anyOf(filters, TenderDocument.CITY, city);
    anyOf(filters, TenderDocument.DELIVERY_MODE, deliveryMode);
    anyOf(filters, TenderDocument.STATUS, status);
    anyOf(filters, TenderDocument.REQUIRED_CERTIFICATIONS, certification);
    if (budgetMin != null || budgetMax != null) {
      if (budgetMin != null && budgetMax != null && budgetMin > budgetMax) {
        throw ProblemException.invalid("budgetMin", "must not exceed budgetMax");
      }
      filters.add(
          Filter.between(
              TenderDocument.BUDGET_MAX,
              budgetMin == null ? 0 : budgetMin,
              budgetMax == null ? Long.MAX_VALUE : budgetMax));
    }
    Instant from = instant("deadlineFrom", deadlineFrom);
    Instant to = instant("deadlineTo", deadlineTo);
    if (from != null || to != null) {
      filters.add(
          Filter.between(
              TenderDocument.BID_DEADLINE,
              from == null ? Instant.EPOCH : from,
              to == null ? Instant.parse("9999-12-31T00:00:00Z") : to));
    }
    SearchQuery query;
    try {
      query =
          new SearchQuery(q, filters, page, size, sortOf(sort))
              .withFacets(
                  Facet.terms(TenderDocument.CATEGORIES, 20),
                  Facet.terms(TenderDocument.INDUSTRY, 20),
                  Facet.terms(TenderDocument.CITY, 20),
                  Facet.terms(TenderDocument.DELIVERY_MODE),
                  Facet.terms(TenderDocument.STATUS),
                  TenderDocument.BUDGET_BANDS)
              .highlighting(TenderDocument.TITLE, TenderDocument.DESCRIPTION);
    } catch (IllegalArgumentException invalid) {
      throw ProblemException.invalid(parameterOf(invalid.getMessage()), invalid.getMessage());
    }
    SearchResult result;
    try {
      result = engine.search(TenderDocument.INDEX, query);
    } catch (SearchEngineException unavailable) {
      throw new ProblemException.Unavailable("Search is unavailable right now; try again shortly.");
    }
    Map<String, List<Count>> facets = new LinkedHashMap<>();
    for (FacetResult facet : result.facets()) {
      String name = facet.field().equals(TenderDocument.BUDGET_MAX) ? "budget" : facet.field();
      facets.put(name, facet.counts().stream().map(c -> new Count(c.value(), c.count())).toList());
    }
    List<Hit> hits = result.hits().stream().map(SearchController::hit).toList();
    return new Page(result.totalHits(), page, size, hits, facets);
  }

  private static Hit hit(SearchHit hit) {
    return new Hit(hit.id(), hit.fields(), hit.highlights());
  }

  private static void anyOf(List<Filter> filters, String field, @Nullable List<String> values) {
    if (values != null && !values.isEmpty()) {
      try {
        filters.add(Filter.anyOf(field, values));
      } catch (IllegalArgumentException invalid) {
        throw ProblemException.invalid(field, invalid.getMessage());
      }
    }
  }

  private static Sort sortOf(String sort) {
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
