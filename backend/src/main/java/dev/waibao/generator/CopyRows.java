package dev.waibao.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/**
 * Rows for one table, spooled to a temporary file and then loaded with PostgreSQL's COPY (text
 * format), the fastest way in. Spooling lets a parent and its child tables be written side by side
 * and still be loaded parent first (a connection runs one COPY at a time, and foreign keys need the
 * parents). Null becomes {@code \N}; tabs, newlines and backslashes are escaped.
 */
final class CopyRows implements AutoCloseable {

  private final String table;
  private final String columns;
  private final Path spool;
  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(2048);
  private long rows;

  CopyRows(String table, String columns) {
    this.table = table;
    this.columns = columns;
    try {
      this.spool = Files.createTempFile("waibao-copy-" + table + "-", ".tsv");
      this.out = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool rows of " + table, e);
    }
  }

  void row(Object... values) {
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      append(values[i]);
    }
    line.append('\n');
    try {
      out.append(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot spool rows of " + table, e);
    }
    rows++;
  }

  long rows() {
    return rows;
  }

  /** Loads every row written so far into the table, on the caller's connection and transaction. */
  long load(Connection connection) throws SQLException {
    try {
      out.flush();
      try (InputStream in = Files.newInputStream(spool)) {
        return connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", in, 1 << 16);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load rows of " + table, e);
    }
  }

  private void append(Object value) {
    if (value == null) {
      line.append("\\N");
      return;
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(spool);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the spool of " + table, e);
    }
  }
}
