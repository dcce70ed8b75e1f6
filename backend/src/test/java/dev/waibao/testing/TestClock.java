package dev.waibao.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The server clock in tests: starts at real time and moves only when a test says so, so deadlines
 * and expiries are tested without waiting and without a production endpoint that changes time.
 */
@Singleton
@Requires(env = "test")
@Replaces(Clock.class)
public final class TestClock extends Clock {

  // PostgreSQL keeps microseconds (and rounds); whole milliseconds compare exactly both ways
  private volatile Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  public void advance(Duration duration) {
    now = now.plus(duration).truncatedTo(ChronoUnit.MILLIS);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("Waibao reads time in UTC");
  }
}
