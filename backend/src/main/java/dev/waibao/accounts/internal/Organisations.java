package dev.waibao.accounts.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Organisations extends CrudRepository<Organisation, UUID> {

  boolean existsByCreditCode(String creditCode);

  Optional<Organisation> findByCreditCode(String creditCode);

  /** Locks the organisation row: member changes of one organisation happen one at a time. */
  @Query("SELECT * FROM organisation WHERE id = :id FOR UPDATE")
  Optional<Organisation> findByIdForUpdate(UUID id);
}
