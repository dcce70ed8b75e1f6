package dev.waibao.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** The one place tests wait between checks of a condition that has a deadline. */
public final class Polling {

  private Polling() {}

  public static void pause(Duration interval) {
    LockSupport.parkNanos(interval.toNanos());
    if (Thread.interrupted()) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting");
    }
  }
}
