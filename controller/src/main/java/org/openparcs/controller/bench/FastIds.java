package org.openparcs.controller.bench;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, as {@code TimeOrderedId}) from the generator's seeded random, so a
 * plan generates the same ids every time and ten million of them cost nothing.
 */
final class FastIds {

  private final Random random;

  FastIds(Random random) {
    this.random = random;
  }

  UUID at(Instant time) {
    long millis = time.toEpochMilli();
    long msb = (millis << 16) | (0x7L << 12) | random.nextInt(1 << 12);
    long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
