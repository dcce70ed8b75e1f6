package dev.waibao.search.internal;

import dev.waibao.searchindex.SearchEngineException;
import dev.waibao.shared.problem.ProblemException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** The authority's tools for the search indexes: rebuild without downtime, consistency reports. */
@Controller("/api/search")
@Tag(name = "Search")
@Secured("AUTHORITY")
class IndexMaintenanceController {

  private final IndexMaintenance maintenance;

  IndexMaintenanceController(IndexMaintenance maintenance) {
    this.maintenance = maintenance;
  }

  @Post("/indexes/{index}/reindex")
  @Status(HttpStatus.ACCEPTED)
  @Secured("AUTHORITY")
  @Operation(
      summary = "Rebuild an index from the database into a new version and swap it in",
      description =
          "Answers 202 with the rebuild; poll GET /api/search/rebuilds/{id} on the same instance."
              + " Searches keep answering and writes keep arriving during the rebuild.")
  HttpResponse<IndexMaintenance.RebuildView> reindex(@PathVariable String index) {
    IndexMaintenance.RebuildView rebuild = maintenance.startRebuild(index);
    return HttpResponse.<IndexMaintenance.RebuildView>status(HttpStatus.ACCEPTED)
        .body(rebuild)
        .header("Location", "/api/search/rebuilds/" + rebuild.id());
  }

  @Get("/rebuilds/{id}")
  @Secured("AUTHORITY")
  @Operation(summary = "A rebuild's progress and outcome")
  IndexMaintenance.RebuildView rebuild(@PathVariable UUID id) {
    return maintenance.rebuild(id).orElseThrow(() -> ProblemException.notFound("The rebuild"));
  }

  @Get("/indexes/{index}/consistency")
  @Secured("AUTHORITY")
  @Operation(
      summary = "Differences between an index and the database",
      description =
          "Missing, extra and stale (other version) documents with counts and sample ids.")
  IndexMaintenance.Consistency consistency(@PathVariable String index) {
    try {
      return maintenance.consistency(index);
    } catch (SearchEngineException unavailable) {
      throw new ProblemException.Unavailable("Search is unavailable right now; try again shortly.");
    }
  }

  @Get("/consistency")
  @Secured("AUTHORITY")
  @Operation(summary = "Differences between every index and the database")
  List<IndexMaintenance.Consistency> consistency() {
    return maintenance.indexes().stream().map(this::consistency).toList();
  }
}
