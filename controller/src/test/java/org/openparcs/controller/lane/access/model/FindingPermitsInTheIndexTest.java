package org.openparcs.controller.lane.access.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.access.model.AccessFixtures.GARAGE;
import static org.openparcs.controller.lane.access.model.AccessFixtures.NOW;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/** The opened permits a lane matches reads against, indexed instead of scanned per read. */
class FindingPermitsInTheIndexTest {

  private static Permit permit(String plate) {
    return new Permit(
        UUID.randomUUID(),
        GARAGE,
        PlateText.of(plate),
        "Holder",
        PermitKind.PERMIT,
        NOW.minusSeconds(60),
        NOW.plusSeconds(60));
  }

  private static List<String> plates(List<Permit> permits) {
    return permits.stream().map(p -> p.plate().value()).toList();
  }

  @Test
  void findsThePermitsOfAPlateAmongManyAsTheScanDid() {
    List<Permit> permits = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      permits.add(permit("P" + i));
    }
    Permit second = permit("P77");
    permits.add(second);
    PermitIndex index = new PermitIndex(permits);

    assertThat(index.forPlate(PlateText.of("P77")))
        .containsExactly(permits.get(77), second)
        .isEqualTo(permits.stream().filter(p -> p.plate().value().equals("P77")).toList());
    assertThat(index.forPlate(PlateText.of("Q1"))).isEmpty();
    assertThat(index.all()).hasSize(50_001);
  }

  @Test
  void aFoldedComparisonFindsOAndZeroAndIAndOneAsOne() {
    Permit letters = permit("OI5");
    Permit digits = permit("015");
    Permit other = permit("0I6");
    PermitIndex index = new PermitIndex(List.of(letters, digits, other));

    assertThat(index.near(Set.of("015"), PlateComparison.FOLDED)).containsExactly(letters, digits);
    assertThat(index.near(Set.of("015"), PlateComparison.STRICT)).containsExactly(digits);
    assertThat(index.near(Set.of("OI5"), PlateComparison.STRICT)).containsExactly(letters);
    assertThat(index.near(Set.of(), PlateComparison.FOLDED)).isEmpty();
  }

  @Test
  void severalKeysAnswerInTheOrderThePermitsCameIn() {
    Permit a = permit("AB1");
    Permit b = permit("AB7");
    Permit c = permit("AB1");
    PermitIndex index = new PermitIndex(List.of(a, b, c));

    assertThat(
            index.near(
                new java.util.LinkedHashSet<>(List.of("AB7", "AB1")), PlateComparison.STRICT))
        .containsExactly(a, b, c);
  }

  @Test
  void answersAtMostTheLimit() {
    List<Permit> permits = new ArrayList<>();
    for (int i = 0; i < PermitIndex.LIMIT + 5; i++) {
      permits.add(permit("SAME1"));
    }
    PermitIndex index = new PermitIndex(permits);

    assertThat(index.forPlate(PlateText.of("SAME1"))).hasSize(PermitIndex.LIMIT);
    assertThat(plates(index.near(Set.of("SAME1"), PlateComparison.FOLDED)))
        .hasSize(PermitIndex.LIMIT);
  }

  @Test
  void lanesLookingUpAtOnceGetTheSameAnswers() throws Exception {
    List<Permit> permits = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      permits.add(permit("L" + i + "O"));
    }
    PermitIndex index = new PermitIndex(permits);
    ExecutorService lanes = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int lane = 0; lane < 8; lane++) {
        PlateComparison comparison =
            lane % 2 == 0 ? PlateComparison.FOLDED : PlateComparison.STRICT;
        answers.add(
            lanes.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    String key = comparison.key("L" + i + "O");
                    if (!index.near(Set.of(key), comparison).equals(List.of(permits.get(i)))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> answer : answers) {
        assertThat(answer.get()).isTrue();
      }
    } finally {
      lanes.shutdownNow();
    }
  }
}
