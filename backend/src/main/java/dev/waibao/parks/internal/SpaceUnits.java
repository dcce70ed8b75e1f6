package dev.waibao.parks.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SpaceUnits extends CrudRepository<SpaceUnit, UUID> {

  Optional<SpaceUnit> findByIdAndParkId(UUID id, UUID parkId);

  @Query("SELECT coalesce(sum(area), 0) FROM space_unit WHERE park_id = :parkId")
  BigDecimal sumAreaOfPark(UUID parkId);
}
