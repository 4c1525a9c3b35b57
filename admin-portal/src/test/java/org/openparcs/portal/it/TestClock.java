package org.openparcs.portal.it;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The portal's clock in integration tests: real time plus an offset the tests move. Each log-on
 * moves it to the next 30-second step, so a TOTP code is never a replay of the previous log-on's
 * (the portal accepts each code once).
 */
@Singleton
@Replaces(Clock.class)
public class TestClock extends Clock {

  private volatile Duration offset = Duration.ZERO;

  /** Moves the clock to the start of the next TOTP step and returns that instant. */
  public synchronized Instant nextTotpStep() {
    Instant now = instant();
    long next = (now.getEpochSecond() / 30 + 1) * 30;
    offset = offset.plus(Duration.between(now, Instant.ofEpochSecond(next)).plusMillis(200));
    return instant();
  }

  public synchronized void advance(Duration d) {
    offset = offset.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Clock.systemUTC().instant().plus(offset);
  }
}
