package dev.waibao.shared.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who is acting: a signed-in user, for one organisation. Read from the verified access token, so
 * every feature can decide ownership without another lookup.
 */
public record Actor(UUID userId, UUID organisationId, OrganisationKind kind, MemberRole role) {

  public static final String ORGANISATION_CLAIM = "org";
  public static final String KIND_CLAIM = "kind";
  public static final String ROLE_CLAIM = "role";

  public Actor {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
  }

  /** The actor behind an authenticated request. */
  public static Actor of(Authentication authentication) {
    Map<String, Object> claims = authentication.getAttributes();
    return new Actor(
        UUID.fromString(authentication.getName()),
        UUID.fromString(String.valueOf(claims.get(ORGANISATION_CLAIM))),
        OrganisationKind.valueOf(String.valueOf(claims.get(KIND_CLAIM))),
        MemberRole.valueOf(String.valueOf(claims.get(ROLE_CLAIM))));
  }

  public boolean isAdmin() {
    return role == MemberRole.ORG_ADMIN;
  }

  public boolean isAuthority() {
    return kind == OrganisationKind.AUTHORITY;
  }

  public boolean belongsTo(UUID organisation) {
    return organisationId.equals(organisation);
  }
}
