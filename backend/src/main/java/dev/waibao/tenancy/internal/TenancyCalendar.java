package dev.waibao.tenancy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Lease dates are the province's calendar dates: today is today in Asia/Shanghai. */
final class TenancyCalendar {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private TenancyCalendar() {}

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }
}
