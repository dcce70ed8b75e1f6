package dev.waibao.accounts.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Invitations extends GenericRepository<Invitation, UUID> {

  Invitation save(Invitation invitation);

  Optional<Invitation> findByTokenHash(String tokenHash);

  @Query("SELECT * FROM invitation WHERE token_hash = :tokenHash FOR UPDATE")
  Optional<Invitation> findByTokenHashForUpdate(String tokenHash);

  Optional<Invitation> findByIdAndOrganisationId(UUID id, UUID organisationId);

  @Query(
      """
      SELECT * FROM invitation
      WHERE organisation_id = :organisationId AND accepted_at IS NULL AND revoked_at IS NULL
        AND expires_at > :now
      ORDER BY created_at DESC
      """)
  List<Invitation> findOpen(UUID organisationId, Instant now);

  @Query(
      """
      UPDATE invitation SET revoked_at = :at
      WHERE organisation_id = :organisationId AND email = :email
        AND accepted_at IS NULL AND revoked_at IS NULL
      """)
  long revokeOpen(UUID organisationId, String email, Instant at);

  @Query("UPDATE invitation SET revoked_at = :at WHERE id = :id")
  void revoke(UUID id, Instant at);

  @Query("UPDATE invitation SET accepted_at = :at WHERE id = :id")
  void accept(UUID id, Instant at);
}
