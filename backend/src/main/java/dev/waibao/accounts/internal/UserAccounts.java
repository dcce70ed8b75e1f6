package dev.waibao.accounts.internal;

import dev.waibao.shared.security.MemberRole;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAccounts extends CrudRepository<UserAccount, UUID> {

  Optional<UserAccount> findByEmailAndRemovedAtIsNull(String email);

  boolean existsByEmailAndRemovedAtIsNull(String email);

  List<UserAccount> findByOrganisationIdAndRemovedAtIsNullOrderByCreatedAt(UUID organisationId);

  long countByOrganisationIdAndRoleAndRemovedAtIsNull(UUID organisationId, MemberRole role);

  @Query("SELECT * FROM app_user WHERE id = :id AND removed_at IS NULL")
  Optional<UserAccount> findActive(UUID id);
}
