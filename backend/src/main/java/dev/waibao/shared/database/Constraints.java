package dev.waibao.shared.database;

import java.sql.SQLException;

/** Recognises which database constraint refused a write, so it can become a precise problem. */
public final class Constraints {

  private static final String UNIQUE_VIOLATION = "23505";

  private Constraints() {}

  /** Whether {@code failure} was caused by a unique violation of the named constraint or index. */
  public static boolean violatedUnique(Throwable failure, String constraint) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && sql.getMessage() != null
          && sql.getMessage().contains("\"" + constraint + "\"")) {
        return true;
      }
    }
    return false;
  }
}
