package dev.waibao.accounts.internal;

import dev.waibao.shared.security.MemberRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** An invitation to join an organisation, accepted through a secret link. */
@MappedEntity("invitation")
record Invitation(
    @Id UUID id,
    UUID organisationId,
    String email,
    MemberRole role,
    String tokenHash,
    UUID invitedBy,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant acceptedAt,
    @Nullable Instant revokedAt) {

  boolean openAt(Instant now) {
    return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
  }
}
