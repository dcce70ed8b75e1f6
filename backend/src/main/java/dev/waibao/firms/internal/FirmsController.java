package dev.waibao.firms.internal;

import dev.waibao.firms.model.CertificationStatus;
import dev.waibao.firms.model.CertificationType;
import dev.waibao.firms.model.SizeTier;
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
import java.util.UUID;

/**
 * The vendor directory for everyone; a vendor's own profile and certifications; the authority's
 * verification queue.
 */
@Controller("/api")
@Tag(name = "Vendors")
class FirmsController {

  private final VendorQueries queries;
  private final ProfileManagement profiles;
  private final CertificationManagement certifications;

  FirmsController(
      VendorQueries queries, ProfileManagement profiles, CertificationManagement certifications) {
    this.queries = queries;
    this.profiles = profiles;
    this.certifications = certifications;
  }

  @Get("/vendors")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(
      summary =
          "The vendor directory, filtered by city, capability, valid certification and size tier")
  Page<VendorViews.VendorSummary> directory(
      @QueryValue @Nullable String city,
      @QueryValue @Nullable String capability,
      @QueryValue @Nullable String certification,
      @QueryValue @Nullable String sizeTier,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    CertificationType type = Enums.parse(CertificationType.class, Enums.blankToNull(certification));
    SizeTier tier = Enums.parse(SizeTier.class, Enums.blankToNull(sizeTier));
    new Violations()
        .require(
            Enums.blankToNull(certification) == null || type != null,
            "certification",
            "must be one of " + Enums.names(CertificationType.class))
        .require(
            Enums.blankToNull(sizeTier) == null || tier != null,
            "sizeTier",
            "must be one of " + Enums.names(SizeTier.class))
        .throwIfAny();
    return queries.page(
        new VendorQueries.Filter(
            Enums.blankToNull(city), Enums.blankToNull(capability), type, tier),
        PageRequest.of(page, size));
  }

  @Get("/vendors/{id}")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Operation(summary = "A vendor's public profile with its verified, unexpired certifications")
  VendorViews.VendorDetail detail(@PathVariable UUID id) {
    return queries.detail(id).orElseThrow(() -> ProblemException.notFound("The vendor"));
  }

  @Get("/vendor-profile")
  @Secured("VENDOR")
  @Operation(summary = "One's own vendor profile with every certification and its status")
  VendorViews.OwnProfile own(Authentication authentication) {
    Actor actor = Actor.of(authentication);
    return queries
        .detail(actor.organisationId())
        .map(
            profile ->
                new VendorViews.OwnProfile(
                    profile, queries.certificationsOf(actor.organisationId())))
        .orElseThrow(() -> ProblemException.notFound("The vendor profile"));
  }

  @Put("/vendor-profile")
  @Secured("VENDOR")
  @Operation(summary = "Save one's vendor profile; the first save creates it")
  VendorViews.OwnProfile save(Authentication authentication, @Body ProfileInput input) {
    profiles.save(Actor.of(authentication), input);
    return own(authentication);
  }

  @Post("/vendor-profile/certifications")
  @Secured("VENDOR")
  @Status(HttpStatus.CREATED)
  @Operation(summary = "Add a certification; it waits for the authority's verification")
  VendorViews.CertificationView addCertification(
      Authentication authentication, @Body CertificationInput input) {
    Actor actor = Actor.of(authentication);
    return view(actor, certifications.add(actor, input).id());
  }

  @Put("/vendor-profile/certifications/{id}")
  @Secured("VENDOR")
  @Operation(summary = "Change a certification; it goes back to UNVERIFIED")
  VendorViews.CertificationView updateCertification(
      Authentication authentication, @PathVariable UUID id, @Body CertificationInput input) {
    Actor actor = Actor.of(authentication);
    return view(actor, certifications.update(actor, id, input).id());
  }

  @Delete("/vendor-profile/certifications/{id}")
  @Secured("VENDOR")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Withdraw a certification")
  void deleteCertification(Authentication authentication, @PathVariable UUID id) {
    certifications.delete(Actor.of(authentication), id);
  }

  @Get("/certifications")
  @Secured("AUTHORITY")
  @Operation(
      summary =
          "The verification queue: certifications in a status today, oldest first, optionally"
              + " searched by certificate number or vendor name")
  Page<VendorViews.CertificationView> queue(
      @QueryValue(defaultValue = "UNVERIFIED") String status,
      @QueryValue @Nullable String search,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "20") int size) {
    CertificationStatus parsed = Enums.parse(CertificationStatus.class, status);
    new Violations()
        .require(
            parsed != null, "status", "must be one of " + Enums.names(CertificationStatus.class))
        .throwIfAny();
    return queries.queue(parsed, Enums.blankToNull(search), PageRequest.of(page, size));
  }

  @Post("/certifications/{id}/verify")
  @Secured("AUTHORITY")
  @Operation(summary = "Verify a certification (authority only)")
  VendorViews.CertificationView verify(Authentication authentication, @PathVariable UUID id) {
    Certification verified = certifications.verify(Actor.of(authentication), id);
    return find(verified.organisationId(), id);
  }

  @Post("/certifications/{id}/reject")
  @Secured("AUTHORITY")
  @Operation(summary = "Reject a certification with a reason (authority only)")
  VendorViews.CertificationView reject(
      Authentication authentication,
      @PathVariable UUID id,
      @Body CertificationManagement.RejectCommand command) {
    Certification rejected = certifications.reject(Actor.of(authentication), id, command);
    return find(rejected.organisationId(), id);
  }

  private VendorViews.CertificationView view(Actor actor, UUID id) {
    return find(actor.organisationId(), id);
  }

  private VendorViews.CertificationView find(UUID organisationId, UUID id) {
    return queries.certificationsOf(organisationId).stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
