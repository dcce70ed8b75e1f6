package dev.waibao.searchindex;

import java.util.Objects;

/**
 * Whether a search engine can serve requests, for health endpoints and operators.
 *
 * @param status UP or DOWN
 * @param detail what the engine saw, e.g. the cluster status or the error
 */
public record SearchHealth(Status status, String detail) {

  /** The two states a health endpoint needs. */
  public enum Status {
    UP,
    DOWN
  }

  public SearchHealth {
    Objects.requireNonNull(status, "status");
    detail = detail == null ? "" : detail;
  }

  public static SearchHealth up(String detail) {
    return new SearchHealth(Status.UP, detail);
  }

  public static SearchHealth down(String detail) {
    return new SearchHealth(Status.DOWN, detail);
  }

  public boolean isUp() {
    return status == Status.UP;
  }
}
