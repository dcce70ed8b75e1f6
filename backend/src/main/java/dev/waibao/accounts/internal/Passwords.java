package dev.waibao.accounts.internal;

import dev.waibao.accounts.model.PasswordPolicy;
import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.problem.ProblemException;
import dev.waibao.shared.problem.Violations;
import dev.waibao.shared.security.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;

/** Changing one's own password, which ends every other session of the user. */
@Singleton
class Passwords {

  private final UserAccounts users;
  private final Organisations organisations;
  private final RefreshTokens refreshTokens;
  private final PasswordHasher hasher;
  private final SessionIssuer issuer;
  private final AuditTrail audit;
  private final Clock clock;

  Passwords(
      UserAccounts users,
      Organisations organisations,
      RefreshTokens refreshTokens,
      PasswordHasher hasher,
      SessionIssuer issuer,
      AuditTrail audit,
      Clock clock) {
    this.users = users;
    this.organisations = organisations;
    this.refreshTokens = refreshTokens;
    this.hasher = hasher;
    this.issuer = issuer;
    this.audit = audit;
    this.clock = clock;
  }

  @Serdeable
  record ChangePasswordCommand(@Nullable String currentPassword, @Nullable String newPassword) {}

  @Transactional
  Session change(Actor actor, ChangePasswordCommand command) {
    UserAccount user =
        users
            .findActive(actor.userId())
            .orElseThrow(
                () ->
                    ProblemException.unauthorized(
                        "invalid-refresh-token",
                        "Session ended",
                        "This account no longer exists."));
    Violations violations = new Violations();
    if (command.currentPassword() == null
        || !hasher.matches(command.currentPassword(), user.passwordHash())) {
      violations.add("currentPassword", "is wrong");
    }
    violations.check(
        "newPassword", PasswordPolicy.problemWith(command.newPassword(), user.email()));
    violations.throwIfAny();
    UserAccount changed = users.update(user.withPasswordHash(hasher.hash(command.newPassword())));
    refreshTokens.revokeAllOfUser(user.id(), clock.instant());
    audit.record(actor, "user.password-changed", "user", user.id(), null, null);
    return issuer.issue(
        changed, organisations.findById(user.organisationId()).orElseThrow(), UUID.randomUUID());
  }
}
