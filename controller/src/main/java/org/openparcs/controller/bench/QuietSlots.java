package org.openparcs.controller.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Clean traffic neither arrives nor leaves between 03:00 and 04:00 local time, so gate activity
 * injected there cannot fall into a clean vehicle's vend cycle. Slots are 150 s apart (more than
 * twice the vend window) per lane.
 */
final class QuietSlots {

  static final LocalTime START = LocalTime.of(3, 0);
  static final LocalTime END = LocalTime.of(4, 0);
  private static final Duration STEP = Duration.ofSeconds(150);
  private static final int PER_WINDOW = 22;

  private final ZoneId zone;
  private final Map<String, Integer> used = new HashMap<>();

  QuietSlots(ZoneId zone) {
    this.zone = zone;
  }

  static boolean isQuiet(Instant t, ZoneId zone) {
    LocalTime local = t.atZone(zone).toLocalTime();
    return !local.isBefore(START) && local.isBefore(END);
  }

  /** The next free slot on {@code lane} on {@code day}, or null when the window is full. */
  Instant take(String lane, LocalDate day) {
    String key = lane + "@" + day;
    int n = used.getOrDefault(key, 0);
    if (n >= PER_WINDOW) {
      return null;
    }
    used.put(key, n + 1);
    return day.atTime(START)
        .atZone(zone)
        .toInstant()
        .plus(Duration.ofSeconds(120))
        .plus(STEP.multipliedBy(n));
  }
}
