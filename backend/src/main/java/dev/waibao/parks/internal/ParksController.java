package dev.waibao.parks.internal;

import dev.waibao.parks.model.ParkLevel;
import dev.waibao.shared.paging.Page;
import dev.waibao.shared.paging.PageRequest;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/**
 * The park directory for everyone; park and unit management for operators; levels for the
 * authority.
 */
@Controller("/api/parks")
@Tag(name = "Parks")
class ParksController {

  private final ParkQueries queries;
  private final ParkManagement management;
  private final UnitManagement units;

  ParksController(ParkQueries queries, ParkManagement management, UnitManagement units) {
    this.queries = queries;
    this.management = management;
    this.units = units;
  }

  @Get
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "The park directory with capacity, filtered by city, level and focus")
  Page<ParkViews.ParkSummary> directory(
      @QueryValue @Nullable String city,
      @QueryValue @Nullable String level,
      @QueryValue @Nullable String capability,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    ParkLevel parsedLevel =
        level == null || level.isBlank() ? null : Enums.parse(ParkLevel.class, level);
    new Violations()
        .require(
            level == null || level.isBlank() || parsedLevel != null,
            "level",
            "must be one of " + Enums.names(ParkLevel.class))
        .throwIfAny();
    PageRequest request = PageRequest.of(page, size);
    return queries.page(
        new ParkQueries.Filter(blankToNull(city), parsedLevel, blankToNull(capability), null),
        request);
  }

  @Get("/mine")
  @Secured("PARK_OPERATOR")
  @Operation(summary = "The parks of one's own park-operator organisation")
  List<ParkViews.ParkSummary> mine(Authentication authentication) {
    Actor actor = Actor.of(authentication);
    return queries
        .page(
            new ParkQueries.Filter(null, null, null, actor.organisationId()),
            PageRequest.of(0, PageRequest.MAX_SIZE))
        .items();
  }

  @Get("/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "A park with capacity, incentives and space units")
  ParkViews.ParkDetail detail(@PathVariable UUID id) {
    return queries.detail(id).orElseThrow(() -> ProblemException.notFound("The park"));
  }

  @Post
  @Secured("PARK_OPERATOR")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Create a park of one's own organisation (level ORDINARY until decided)")
  ParkViews.ParkDetail create(Authentication authentication, @Body ParkInput input) {
    UUID id = management.create(Actor.of(authentication), input);
    return queries.detail(id).orElseThrow();
  }

  @Put("/{id}")
  @Secured("PARK_OPERATOR")
  @Operation(summary = "Change one's park: details, focus and incentive policies")
  ParkViews.ParkDetail update(
      Authentication authentication, @PathVariable UUID id, @Body ParkInput input) {
    management.update(Actor.of(authentication), id, input);
    return queries.detail(id).orElseThrow();
  }

  @Put("/{id}/level")
  @Secured("AUTHORITY")
  @Operation(summary = "Set a park's level by a dated, numbered decision (authority only)")
  ParkViews.ParkDetail setLevel(
      Authentication authentication,
      @PathVariable UUID id,
      @Body ParkManagement.LevelCommand command) {
    management.setLevel(Actor.of(authentication), id, command);
    return queries.detail(id).orElseThrow();
  }

  @Post("/{id}/units")
  @Secured("PARK_OPERATOR")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Add a space unit; all units together must fit the leasable area")
  ParkViews.UnitView addUnit(
      Authentication authentication, @PathVariable UUID id, @Body UnitInput input) {
    return view(units.add(Actor.of(authentication), id, input));
  }

  @Put("/{id}/units/{unitId}")
  @Secured("PARK_OPERATOR")
  @Operation(summary = "Change a space unit")
  ParkViews.UnitView updateUnit(
      Authentication authentication,
      @PathVariable UUID id,
      @PathVariable UUID unitId,
      @Body UnitInput input) {
    return view(units.update(Actor.of(authentication), id, unitId, input));
  }

  @Delete("/{id}/units/{unitId}")
  @Secured("PARK_OPERATOR")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a space unit")
  void deleteUnit(Authentication authentication, @PathVariable UUID id, @PathVariable UUID unitId) {
    units.delete(Actor.of(authentication), id, unitId);
  }

  private static ParkViews.UnitView view(SpaceUnit unit) {
    return new ParkViews.UnitView(
        unit.id(),
        unit.building(),
        unit.floor(),
        unit.unitCode(),
        unit.area(),
        unit.seats(),
        unit.status(),
        unit.version() == null ? 0 : unit.version());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
