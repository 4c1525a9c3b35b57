package org.openparcs.portal.fakes;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A clock that stands still; tests never depend on the wall clock. */
public final class FixedClock {

  public static final Instant NOW = Instant.parse("2026-11-22T20:00:00Z");

  private FixedClock() {}

  public static Clock atNow() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
