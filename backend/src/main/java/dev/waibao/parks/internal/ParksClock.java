package dev.waibao.parks.internal;

import java.time.ZoneId;

/** Dates of decisions are the province's calendar dates. */
final class ParksClock {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ParksClock() {}
}
