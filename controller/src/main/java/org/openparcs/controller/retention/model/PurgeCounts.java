package org.openparcs.controller.retention.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a garage purge removed and kept, by name, as confirmed to the portal (POLICY R4: the
 * portal's proof holds the garage's counts). Names are {@code [a-z-]}, counts whole numbers from 0.
 */
public final class PurgeCounts {

  public static final String PLATE_READS = "plate-reads";
  public static final String IMAGES = "images";
  public static final String DECISION_PLATES = "decision-plates";
  public static final String CORRECTION_PLATES = "correction-plates";
  public static final String SESSION_PLATES = "session-plates";
  public static final String PAYMENT_PLATES = "payment-plates";
  public static final String OUTBOX_EVENTS = "outbox-events";
  public static final String HELD_KEPT = "held-kept";

  private static final Pattern NAME = Pattern.compile("[a-z-]{1,40}");
  private final Map<String, Long> counts = new LinkedHashMap<>();

  public PurgeCounts add(String name, long count) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a count name: " + name);
    }
    if (count < 0) {
      throw new IllegalArgumentException("a count is not negative: " + name + "=" + count);
    }
    counts.merge(name, count, Long::sum);
    return this;
  }

  public PurgeCounts addAll(PurgeCounts other) {
    other.counts.forEach(this::add);
    return this;
  }

  public long get(String name) {
    return counts.getOrDefault(name, 0L);
  }

  public Map<String, Long> asMap() {
    return Collections.unmodifiableMap(counts);
  }

  public static PurgeCounts of(Map<String, Long> counts) {
    PurgeCounts c = new PurgeCounts();
    counts.forEach(c::add);
    return c;
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
