package dev.waibao.subsidies.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Budget years, validity and lease months are the province's calendar: Asia/Shanghai. */
final class SubsidyCalendar {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private SubsidyCalendar() {}

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
