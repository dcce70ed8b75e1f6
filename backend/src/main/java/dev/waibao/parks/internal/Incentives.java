package dev.waibao.parks.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface Incentives extends CrudRepository<Incentive, UUID> {

  List<Incentive> findByParkIdOrderByPosition(UUID parkId);

  void deleteByParkId(UUID parkId);
}
