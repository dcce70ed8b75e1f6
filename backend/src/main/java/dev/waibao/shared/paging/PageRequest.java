package dev.waibao.shared.paging;

import dev.waibao.shared.problem.Violations;

/** A requested page (0-based) of at most {@value #MAX_SIZE} items, checked as the API states. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 100;

  /** The request, or a 400 problem naming {@code page} and {@code size} when they are invalid. */
  public static PageRequest of(int page, int size) {
    new Violations()
        .require(page >= 0, "page", "must be 0 or greater")
        .require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
        .throwIfAny();
    return new PageRequest(page, size);
  }

  public long offset() {
    return (long) page * size;
  }
}
