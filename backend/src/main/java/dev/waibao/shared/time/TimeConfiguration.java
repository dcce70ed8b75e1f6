package dev.waibao.shared.time;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock every rule reads, so deadlines are decided by the server and tests can move time by
 * replacing this bean.
 */
@Factory
class TimeConfiguration {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
