package dev.waibao.reference;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The client industries, in their customary order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface Industries extends GenericRepository<Industry, String> {

  List<Industry> findAllOrderBySortOrder();

  boolean existsByCode(String code);
}
