package dev.waibao.accounts.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RefreshTokens extends GenericRepository<RefreshToken, UUID> {

  RefreshToken save(RefreshToken token);

  /** Locks the token: two requests presenting it at once are decided one after the other. */
  @Query("SELECT * FROM refresh_token WHERE token_hash = :tokenHash FOR UPDATE")
  Optional<RefreshToken> findByTokenHashForUpdate(String tokenHash);

  @Query("UPDATE refresh_token SET rotated_at = :at WHERE id = :id")
  void markRotated(UUID id, Instant at);

  @Query(
      "UPDATE refresh_token SET revoked_at = :at WHERE family_id = :familyId AND revoked_at IS NULL")
  long revokeFamily(UUID familyId, Instant at);

  @Query("UPDATE refresh_token SET revoked_at = :at WHERE user_id = :userId AND revoked_at IS NULL")
  long revokeAllOfUser(UUID userId, Instant at);
}
