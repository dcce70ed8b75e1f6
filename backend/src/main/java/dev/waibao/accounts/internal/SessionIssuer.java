package dev.waibao.accounts.internal;

import dev.waibao.shared.security.Actor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Opens sessions: a short-lived signed access token carrying the actor, and a refresh token (in a
 * new family, or continuing one when rotating) stored by digest.
 */
@Singleton
class SessionIssuer {

  private final JwtTokenGenerator tokens;
  private final RefreshTokens refreshTokens;
  private final AccountsSettings settings;
  private final Clock clock;

  SessionIssuer(
      JwtTokenGenerator tokens,
      RefreshTokens refreshTokens,
      AccountsSettings settings,
      Clock clock) {
    this.tokens = tokens;
    this.refreshTokens = refreshTokens;
    this.settings = settings;
    this.clock = clock;
  }

  /** Must run in the caller's transaction: the refresh token is written there. */
  Session issue(UserAccount user, Organisation organisation, UUID family) {
    Instant now = clock.instant();
    Actor actor = new Actor(user.id(), organisation.id(), organisation.kind(), user.role());
    int lifetime = (int) settings.accessTokenLifetime().toSeconds();
    Authentication authentication =
        Authentication.build(
            user.id().toString(),
            List.of(user.role().name(), organisation.kind().name()),
            Map.of(
                Actor.ORGANISATION_CLAIM, organisation.id().toString(),
                Actor.KIND_CLAIM, organisation.kind().name(),
                Actor.ROLE_CLAIM, user.role().name()));
    String accessToken =
        tokens
            .generateToken(authentication, lifetime)
            .orElseThrow(() -> new IllegalStateException("No access token could be signed"));
    String refreshToken = SecretTokens.generate();
    Instant refreshExpiry = now.plus(settings.refreshTokenLifetime());
    refreshTokens.save(
        new RefreshToken(
            UUID.randomUUID(),
            family,
            user.id(),
            SecretTokens.digest(refreshToken),
            now,
            refreshExpiry,
            null,
            null));
    return new Session(
        accessToken,
        now.plusSeconds(lifetime),
        refreshToken,
        refreshExpiry,
        AccountViews.me(user, organisation),
        actor);
  }
}
