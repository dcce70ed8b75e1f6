package dev.waibao.firms.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VendorProfiles extends CrudRepository<VendorProfile, UUID> {

  boolean existsByDemoTrue();
}
