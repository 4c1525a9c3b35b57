package org.openparcs.controller.lane.control.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.garage.model.LaneId;

/** What the operator is told fits its column: a long list of candidate entries is kept whole. */
class LaneExceptionDetailTest {

  private static LaneException withDetail(String detail) {
    return new LaneException(
        UUID.randomUUID(),
        new LaneId("exit-1"),
        LaneExceptionKind.values()[0],
        null,
        detail,
        Instant.parse("2026-11-22T10:00:00Z"),
        null,
        null);
  }

  @Test
  void tenCandidateEntriesAreKeptWhole() {
    StringBuilder candidates = new StringBuilder("no open entry for 7A8C123; candidates:");
    for (int i = 0; i < 10; i++) {
      candidates
          .append(" 7ABC12")
          .append(i)
          .append(" entered 2026-11-22T08:00:00Z session ")
          .append(UUID.randomUUID())
          .append(" decision ")
          .append(UUID.randomUUID())
          .append(';');
    }
    String detail = candidates.toString();
    assertThat(detail.length()).isGreaterThan(255);

    assertThat(withDetail(detail).detail()).isEqualTo(detail);
  }

  @Test
  void aDetailLongerThanTheColumnIsCutVisibly() {
    String detail = "x".repeat(LaneException.MAX_DETAIL + 500);

    String kept = withDetail(detail).detail();

    assertThat(kept).hasSize(LaneException.MAX_DETAIL).endsWith("...");
  }
}
