package dev.waibao.searchindex;

import java.io.Serial;

/**
 * The engine could not do what was asked for a reason outside the caller's control (I/O, an
 * unreachable cluster); retrying later may succeed.
 */
public class SearchEngineException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  public SearchEngineException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchEngineException(String message) {
    super(message);
  }
}
