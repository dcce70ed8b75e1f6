package dev.waibao.firms.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Certifications extends CrudRepository<Certification, UUID> {

  Optional<Certification> findByIdAndOrganisationId(UUID id, UUID organisationId);

  List<Certification> findByOrganisationIdOrderByCreatedAt(UUID organisationId);
}
