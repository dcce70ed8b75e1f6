package dev.waibao.accounts.internal;

import dev.waibao.shared.security.Actor;
import java.time.Instant;

/** A signed-in session as handed to the client, with the actor it acts as. */
record Session(
    String accessToken,
    Instant accessTokenExpiresAt,
    String refreshToken,
    Instant refreshTokenExpiresAt,
    AccountViews.Me user,
    Actor actor) {}
