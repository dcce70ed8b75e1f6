package dev.waibao.accounts.internal;

import dev.waibao.shared.security.MemberRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A user as stored; {@code removedAt} marks a member removed from the organisation. */
@MappedEntity("app_user")
record UserAccount(
    @Id UUID id,
    UUID organisationId,
    String email,
    String displayName,
    String passwordHash,
    MemberRole role,
    Instant createdAt,
    @Nullable Instant removedAt,
    @Version Long version) {

  boolean active() {
    return removedAt == null;
  }

  UserAccount withRole(MemberRole newRole) {
    return new UserAccount(
        id,
        organisationId,
        email,
        displayName,
        passwordHash,
        newRole,
        createdAt,
        removedAt,
        version);
  }

  UserAccount withPasswordHash(String hash) {
    return new UserAccount(
        id, organisationId, email, displayName, hash, role, createdAt, removedAt, version);
  }

  UserAccount removedAt(Instant when) {
    return new UserAccount(
        id, organisationId, email, displayName, passwordHash, role, createdAt, when, version);
  }
}
