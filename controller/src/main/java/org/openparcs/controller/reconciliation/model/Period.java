package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A reconciliation period: {@code from} inclusive to {@code to} exclusive, at most 93 days. */
public record Period(Instant from, Instant to) {
  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("a period ends after it starts");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(93)) > 0) {
      throw new IllegalArgumentException("a reconciliation period is at most 93 days");
    }
  }

  public boolean contains(Instant t) {
    return !t.isBefore(from) && t.isBefore(to);
  }
}
