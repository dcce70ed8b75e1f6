package dev.waibao.accounts.internal;

import dev.waibao.shared.security.MemberRole;
import dev.waibao.shared.security.OrganisationKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** What the API shows of accounts; never a password hash or a token digest. */
final class AccountViews {

  private AccountViews() {}

  @Serdeable
  record OrganisationView(
      UUID id,
      OrganisationKind kind,
      String nameZh,
      @Nullable String nameEn,
      String creditCode,
      String city) {}

  @Serdeable
  record Me(
      UUID id, String email, String displayName, MemberRole role, OrganisationView organisation) {}

  @Serdeable
  record Member(UUID id, String email, String displayName, MemberRole role, Instant joinedAt) {}

  @Serdeable
  record SessionView(
      String accessToken,
      Instant accessTokenExpiresAt,
      String refreshToken,
      Instant refreshTokenExpiresAt,
      Me user) {

    static SessionView of(Session session) {
      return new SessionView(
          session.accessToken(),
          session.accessTokenExpiresAt(),
          session.refreshToken(),
          session.refreshTokenExpiresAt(),
          session.user());
    }
  }

  static OrganisationView organisation(Organisation organisation) {
    return new OrganisationView(
        organisation.id(),
        organisation.kind(),
        organisation.nameZh(),
        organisation.nameEn(),
        organisation.creditCode(),
        organisation.city());
  }

  static Me me(UserAccount user, Organisation organisation) {
    return new Me(
        user.id(), user.email(), user.displayName(), user.role(), organisation(organisation));
  }

  static Member member(UserAccount user) {
    return new Member(user.id(), user.email(), user.displayName(), user.role(), user.createdAt());
  }

  /** The audited state of a user: who and what role, never credentials. */
  @Serdeable
  record AuditedUser(
      UUID id,
      UUID organisationId,
      String email,
      String displayName,
      MemberRole role,
      @Nullable Instant removedAt) {
    static AuditedUser of(UserAccount user) {
      return new AuditedUser(
          user.id(),
          user.organisationId(),
          user.email(),
          user.displayName(),
          user.role(),
          user.removedAt());
    }
  }
}
