package dev.waibao.accounts.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** One refresh token of a session family, stored by digest only. */
@MappedEntity("refresh_token")
record RefreshToken(
    @Id UUID id,
    UUID familyId,
    UUID userId,
    String tokenHash,
    Instant issuedAt,
    Instant expiresAt,
    @Nullable Instant rotatedAt,
    @Nullable Instant revokedAt) {}
