package dev.waibao.reference;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** Public reference data for forms and filters. */
@Controller("/api/reference")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Reference data")
class ReferenceDataController {

  private final Cities cities;
  private final CapabilityTaxonomy taxonomy;
  private final Industries industries;

  ReferenceDataController(Cities cities, CapabilityTaxonomy taxonomy, Industries industries) {
    this.cities = cities;
    this.taxonomy = taxonomy;
    this.industries = industries;
  }

  @Get("/cities")
  @Operation(summary = "The cities of the province, in their customary order")
  HttpResponse<List<City>> cities() {
    return HttpResponse.ok(cities.findAllOrderBySortOrder())
        .header("Cache-Control", "max-age=3600");
  }

  @Get("/capabilities")
  @Operation(
      summary = "The capability taxonomy (ITO, BPO…) in its current version, with zh/en names")
  HttpResponse<CapabilityTaxonomy.Taxonomy> capabilities() {
    return HttpResponse.ok(taxonomy.current()).header("Cache-Control", "max-age=3600");
  }

  @Get("/industries")
  @Operation(summary = "The client industries of the policy, in their customary order")
  HttpResponse<List<Industry>> industries() {
    return HttpResponse.ok(industries.findAllOrderBySortOrder())
        .header("Cache-Control", "max-age=3600");
  }
}
