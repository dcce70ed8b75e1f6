package dev.waibao.accounts.internal;

import dev.waibao.accounts.model.EmailAddress;
import dev.waibao.audit.AuditTrail;
import dev.waibao.shared.problem.ProblemException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing in, refreshing and signing out. Failed attempts and detected token reuse are committed
 * before the error is answered, so an attacker cannot roll them back by failing.
 */
@Singleton
class Sessions {

  private static final ProblemException INVALID_CREDENTIALS =
      ProblemException.unauthorized(
          "invalid-credentials", "Invalid credentials", "The e-mail address or password is wrong.");

  private final UserAccounts users;
  private final Organisations organisations;
  private final RefreshTokens refreshTokens;
  private final SessionIssuer issuer;
  private final PasswordHasher passwords;
  private final SignInThrottle throttle;
  private final AuditTrail audit;
  private final Clock clock;

  Sessions(
      UserAccounts users,
      Organisations organisations,
      RefreshTokens refreshTokens,
      SessionIssuer issuer,
      PasswordHasher passwords,
      SignInThrottle throttle,
      AuditTrail audit,
      Clock clock) {
    this.users = users;
    this.organisations = organisations;
    this.refreshTokens = refreshTokens;
    this.issuer = issuer;
    this.passwords = passwords;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
  }

  Session signIn(String rawEmail, String password, String clientAddress) {
    String email = EmailAddress.normalise(rawEmail);
    if (email == null || email.isEmpty() || password == null || password.isEmpty()) {
      throw INVALID_CREDENTIALS;
    }
    throttle
        .remainingBlock(
            List.of(
                SignInThrottle.emailSubject(email), SignInThrottle.addressSubject(clientAddress)))
        .ifPresent(
            wait -> {
              throw ProblemException.tooManyAttempts(wait);
            });
    Optional<UserAccount> user = users.findByEmailAndRemovedAtIsNull(email);
    boolean valid;
    if (user.isPresent()) {
      valid = passwords.matches(password, user.get().passwordHash());
    } else {
      passwords.matchDecoy(password);
      valid = false;
    }
    if (!valid) {
      throttle.recordFailure(email, clientAddress);
      throw INVALID_CREDENTIALS;
    }
    throttle.clear(email);
    return open(user.get());
  }

  @Transactional
  Session open(UserAccount user) {
    Organisation organisation = organisations.findById(user.organisationId()).orElseThrow();
    Session session = issuer.issue(user, organisation, UUID.randomUUID());
    audit.record(session.actor(), "session.opened", "user", user.id(), null, null);
    return session;
  }

  /** Rotates a refresh token; a token presented twice revokes its whole family. */
  Session refresh(String refreshToken) {
    Rotation rotation = rotate(refreshToken);
    return rotation.session().orElseThrow(() -> invalidRefreshToken(rotation.reused()));
  }

  @Transactional
  Rotation rotate(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return Rotation.rejected(false);
    }
    Instant now = clock.instant();
    Optional<RefreshToken> found =
        refreshTokens.findByTokenHashForUpdate(SecretTokens.digest(refreshToken));
    if (found.isEmpty() || found.get().revokedAt() != null) {
      return Rotation.rejected(false);
    }
    RefreshToken token = found.get();
    if (token.rotatedAt() != null) {
      refreshTokens.revokeFamily(token.familyId(), now);
      return Rotation.rejected(true);
    }
    Optional<UserAccount> user = users.findActive(token.userId());
    if (!token.expiresAt().isAfter(now) || user.isEmpty()) {
      refreshTokens.revokeFamily(token.familyId(), now);
      return Rotation.rejected(false);
    }
    refreshTokens.markRotated(token.id(), now);
    Organisation organisation = organisations.findById(user.get().organisationId()).orElseThrow();
    return new Rotation(
        Optional.of(issuer.issue(user.get(), organisation, token.familyId())), false);
  }

  /** Ends the session the refresh token belongs to; an unknown token ends nothing. */
  @Transactional
  void signOut(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return;
    }
    refreshTokens
        .findByTokenHashForUpdate(SecretTokens.digest(refreshToken))
        .ifPresent(
            token -> {
              refreshTokens.revokeFamily(token.familyId(), clock.instant());
              audit.record(null, "session.closed", "user", token.userId(), null, null);
            });
  }

  private static ProblemException invalidRefreshToken(boolean reused) {
    return ProblemException.unauthorized(
        "invalid-refresh-token",
        "Session ended",
        reused
            ? "This refresh token was already used; every session it belonged to has been ended."
            : "The refresh token is unknown, expired or revoked. Sign in again.");
  }

  /** The outcome of presenting a refresh token. */
  record Rotation(Optional<Session> session, boolean reused) {
    static Rotation rejected(boolean reused) {
      return new Rotation(Optional.empty(), reused);
    }
  }
}
