package dev.waibao.firms.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Expiry dates are the province's calendar dates: today is today in Asia/Shanghai. */
final class FirmsCalendar {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private FirmsCalendar() {}

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
