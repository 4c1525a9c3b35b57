package org.openparcs.controller.shared.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Time is an input: everything that needs "now" gets this clock. */
@Factory
public class ClockFactory {
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
