package dev.waibao.statistics.internal;

import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Dashboards, exports, targets, vendors' filings and well-known firms. */
@Controller("/api/statistics")
@Tag(name = "Statistics")
class StatisticsController {

  private final Dashboards dashboards;
  private final Filings filings;
  private final Targets targets;
  private final Clock clock;

  StatisticsController(Dashboards dashboards, Filings filings, Targets targets, Clock clock) {
    this.dashboards = dashboards;
    this.filings = filings;
    this.targets = targets;
    this.clock = clock;
  }

  @Get("/dashboard")
  @Secured({"AUTHORITY", "PARK_OPERATOR", "VENDOR"})
  @Operation(
      summary =
          "The indicator tables the caller may see: the province (authority), its parks (park"
              + " operator) or the anonymised market (vendor)")
  Dashboards.Dashboard dashboard(
      Authentication authentication,
      @QueryValue @Nullable String period,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      @QueryValue @Nullable String city,
      @QueryValue @Nullable String park,
      @QueryValue @Nullable String category,
      @QueryValue @Nullable String industry,
      @QueryValue @Nullable String deliveryMode,
      @QueryValue @Nullable String groupBy,
      @QueryValue @Nullable String lang) {
    return dashboards.dashboard(
        Actor.of(authentication),
        new Dashboards.Parameters(
            period, from, to, city, park, category, industry, deliveryMode, groupBy, lang));
  }

  @Get("/tables/{id}/export")
  @Secured({"AUTHORITY", "PARK_OPERATOR", "VENDOR"})
  @Operation(summary = "One dashboard table as CSV or XLSX (format=csv|xlsx), filters applied")
  HttpResponse<Writable> export(
      Authentication authentication,
      @PathVariable String id,
      @QueryValue(defaultValue = "xlsx") String format,
      @QueryValue @Nullable String period,
      @QueryValue @Nullable String from,
      @QueryValue @Nullable String to,
      @QueryValue @Nullable String city,
      @QueryValue @Nullable String park,
      @QueryValue @Nullable String category,
      @QueryValue @Nullable String industry,
      @QueryValue @Nullable String deliveryMode,
      @QueryValue @Nullable String groupBy,
      @QueryValue @Nullable String lang) {
    if (!format.equals("csv") && !format.equals("xlsx")) {
      throw ProblemException.invalid("format", "must be csv or xlsx");
    }
    Dashboards.Export export =
        dashboards.table(
            Actor.of(authentication),
            id,
            new Dashboards.Parameters(
                period, from, to, city, park, category, industry, deliveryMode, groupBy, lang));
    boolean english = "en".equals(lang);
    Instant now = clock.instant();
    String name =
        "waibao-"
            + id
            + "-"
            + export.dashboard().from()
            + "-"
            + export.dashboard().to()
            + "."
            + format;
    Writable body =
        format.equals("csv")
            ? Exports.csv(export, english, now)
            : Exports.xlsx(export, english, now);
    return HttpResponse.ok(body)
        .contentType(format.equals("csv") ? Exports.CSV + "; charset=utf-8" : Exports.XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  @Get("/targets")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Operation(
      summary =
          "Plan periods with their targets, the current value, the yearly trend and the projected"
              + " date each is reached at the current rate")
  List<Targets.PlanPeriod> targets() {
    return targets.plans();
  }

  @Put("/plans/{code}")
  @Secured("AUTHORITY")
  @Operation(summary = "Create or replace a plan period and its targets")
  Targets.PlanPeriod savePlan(
      Authentication authentication, @PathVariable String code, @Body Targets.PlanCommand command) {
    return targets.save(Actor.of(authentication), code, command);
  }

  @Get("/filings")
  @Secured({"VENDOR", "AUTHORITY"})
  @Operation(summary = "A vendor's own annual filings; for the authority, every vendor's")
  List<Filings.Filing> filings(Authentication authentication, @QueryValue @Nullable Integer year) {
    return filings.list(Actor.of(authentication), year);
  }

  @Post("/filings")
  @Secured("VENDOR")
  @Operation(summary = "File (or amend) the vendor's outsourcing revenue and headcount for a year")
  HttpResponse<Filings.Filing> file(
      Authentication authentication, @Body Filings.FilingCommand command) {
    Filings.Filing filing = filings.file(Actor.of(authentication), command);
    return HttpResponse.status(filing.revision() == 1 ? HttpStatus.CREATED : HttpStatus.OK)
        .body(filing);
  }

  @Get("/filings/{id}/history")
  @Secured({"VENDOR", "AUTHORITY"})
  @Operation(summary = "Every revision of a filing: filed, amended, corrected with the reason")
  List<Filings.Revision> history(Authentication authentication, @PathVariable UUID id) {
    return filings.history(Actor.of(authentication), id);
  }

  @Post("/filings/{id}/corrections")
  @Secured("AUTHORITY")
  @Operation(summary = "The authority corrects a filing, giving the reason")
  Filings.Filing correct(
      Authentication authentication, @PathVariable UUID id, @Body Filings.FilingCommand command) {
    return filings.correct(Actor.of(authentication), id, command);
  }

  @Get("/well-known-firms")
  @Secured("AUTHORITY")
  @Operation(summary = "Firms recognised as well-known firms that moved work to the province")
  List<Targets.WellKnownFirm> wellKnownFirms() {
    return targets.wellKnownFirms();
  }

  @Post("/well-known-firms")
  @Secured("AUTHORITY")
  @Operation(summary = "Recognise a well-known firm (counts towards the well-known firms target)")
  HttpResponse<Targets.WellKnownFirm> recognise(
      Authentication authentication, @Body Targets.WellKnownCommand command) {
    return HttpResponse.created(targets.recognise(Actor.of(authentication), command));
  }
}
