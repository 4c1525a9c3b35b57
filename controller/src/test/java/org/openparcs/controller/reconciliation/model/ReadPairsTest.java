package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.reconciliation.model.Reconciling.WEEK;
import static org.openparcs.controller.reconciliation.model.Reconciling.id;
import static org.openparcs.controller.reconciliation.model.Reconciling.la;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadPairsTest {

  private static final Instant T = la("2026-11-24T10:00");
  private final ReadPairs pairs =
      new ReadPairs(
          WEEK,
          Duration.ofMinutes(2),
          Map.of("entry-1", "ENTRY", "entry-2", "ENTRY", "exit-1", "EXIT"));

  @Test
  void onePlateAtTwoEntriesWithinTwoMinutesIsTwoVehicles() {
    pairs.accept(id(1), "7ABC123", "entry-1", T);
    pairs.accept(id(2), "7ABC123", "entry-2", T.plusSeconds(40));

    assertThat(pairs.found())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.firstReadId()).isEqualTo(id(1));
              assertThat(p.secondReadId()).isEqualTo(id(2));
            });
  }

  @Test
  void inAtOneLaneAndOutAtAnotherIsOneVehicle() {
    pairs.accept(id(1), "7ABC123", "entry-1", T);
    pairs.accept(id(2), "7ABC123", "exit-1", T.plusSeconds(40));

    assertThat(pairs.found()).isEmpty();
  }

  @Test
  void twoReadsAtTheSameLaneAreOneVehicleReadTwice() {
    pairs.accept(id(1), "7ABC123", "entry-1", T);
    pairs.accept(id(2), "7ABC123", "entry-1", T.plusSeconds(2));

    assertThat(pairs.found()).isEmpty();
  }

  @Test
  void readsHoursApartAreNotAPair() {
    pairs.accept(id(1), "7ABC123", "entry-1", T);
    pairs.accept(id(3), "OTHER1", "entry-1", T.plusSeconds(3 * 3600));
    pairs.accept(id(2), "7ABC123", "entry-2", T.plusSeconds(3 * 3600 + 5));

    assertThat(pairs.found()).isEmpty();
  }
}
