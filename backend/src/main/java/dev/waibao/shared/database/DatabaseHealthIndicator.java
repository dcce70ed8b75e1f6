package dev.waibao.shared.database;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Reports whether PostgreSQL answers, and which schema version the migrations have reached. */
@Singleton
@Readiness
final class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private static final String SCHEMA_VERSION =
      """
      SELECT CASE WHEN to_regclass('flyway_schema_history') IS NULL THEN NULL
             ELSE (SELECT version FROM flyway_schema_history
                   WHERE success AND version IS NOT NULL
                   ORDER BY installed_rank DESC LIMIT 1) END,
             current_setting('server_version')
      """;

  private final DataSource dataSource;

  DatabaseHealthIndicator(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Map<String, Object> details = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(SCHEMA_VERSION)) {
      row.next();
      details.put("schemaVersion", row.getString(1) == null ? "none" : row.getString(1));
      details.put("serverVersion", row.getString(2));
      healthStatus = HealthStatus.UP;
    } catch (SQLException e) {
      healthStatus = HealthStatus.DOWN;
      details.put("error", e.getMessage());
    }
    return details;
  }

  @Override
  protected String getName() {
    return "database";
  }
}
