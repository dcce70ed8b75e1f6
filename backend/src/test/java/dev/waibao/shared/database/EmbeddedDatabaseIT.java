package dev.waibao.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.waibao.testing.TemporaryDirectories;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedded PostgreSQL")
class EmbeddedDatabaseIT {

  @Test
  @DisplayName("flushes every commit of the data people keep, and not of tests' throw-away data")
  void flushesCommitsOfKeptData() throws Exception {
    Path directory = TemporaryDirectories.create("waibao-embedded-durable");
    try {
      try (var kept = EmbeddedDatabase.start(directory.resolve("kept"))) {
        assertThat(settings(kept)).containsExactly("on", "on", "on");
      }
      try (var throwaway = EmbeddedDatabase.startThrowaway(directory.resolve("throwaway"))) {
        assertThat(settings(throwaway)).containsExactly("off", "off", "off");
      }
    } finally {
      TemporaryDirectories.delete(directory);
    }
  }

  private static List<String> settings(EmbeddedDatabase database) throws Exception {
    var values = new ArrayList<String>();
    try (var connection = DriverManager.getConnection(database.jdbcUrl());
        var statement = connection.createStatement()) {
      for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
        try (var result = statement.executeQuery("SHOW " + setting)) {
          result.next();
          values.add(result.getString(1));
        }
      }
    }
    return values;
  }
}
