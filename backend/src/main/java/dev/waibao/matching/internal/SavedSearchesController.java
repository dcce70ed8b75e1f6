package dev.waibao.matching.internal;

import dev.waibao.shared.security.Actor;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/** A vendor's saved tender searches and their alerts. */
@Controller("/api/saved-searches")
@Tag(name = "Matching")
class SavedSearchesController {

  private final SavedSearches searches;

  SavedSearchesController(SavedSearches searches) {
    this.searches = searches;
  }

  @Get
  @Secured("VENDOR")
  @Operation(summary = "The organisation's saved tender searches")
  List<SavedSearches.SavedSearch> list(Authentication authentication) {
    return searches.list(Actor.of(authentication));
  }

  @Post
  @Secured("VENDOR")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Save a tender search (free text and filters), with alerts on by default")
  SavedSearches.SavedSearch create(Authentication authentication, @Body SavedSearches.Input input) {
    return searches.create(Actor.of(authentication), input);
  }

  @Patch("/{id}")
  @Secured("VENDOR")
  @Operation(summary = "Rename a saved search, or switch its alerts off or on")
  SavedSearches.SavedSearch update(
      Authentication authentication, @PathVariable UUID id, @Body SavedSearches.Input input) {
    return searches.update(Actor.of(authentication), id, input);
  }

  @Post("/{id}/unsubscribe")
  @Secured("VENDOR")
  @Operation(summary = "Stop the alerts of a saved search (the link in its notifications)")
  SavedSearches.SavedSearch unsubscribe(Authentication authentication, @PathVariable UUID id) {
    return searches.update(
        Actor.of(authentication), id, new SavedSearches.Input(null, null, null, false));
  }

  @Delete("/{id}")
  @Secured("VENDOR")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a saved search")
  void delete(Authentication authentication, @PathVariable UUID id) {
    searches.delete(Actor.of(authentication), id);
  }
}
