package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.reconciliation.model.Reconciling.WEEK;
import static org.openparcs.controller.reconciliation.model.Reconciling.id;
import static org.openparcs.controller.reconciliation.model.Reconciling.la;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateCyclesTest {

  private static final Instant T = la("2026-11-24T10:00");
  private final GateCycles cycles =
      new GateCycles(WEEK, Duration.ofSeconds(60), Set.of("VEND", "OPERATOR_VEND"));

  @Test
  void aVehicleThroughAfterAVendIsExplained() {
    cycles.accept(id(1), "exit-1", "VEND", T);
    cycles.accept(id(2), "exit-1", "VEHICLE_COUNTED", T.plusSeconds(4));
    cycles.endLane();

    assertThat(cycles.unexplained()).isEmpty();
    assertThat(cycles.crowded()).isEmpty();
  }

  @Test
  void aVehicleThroughWithNoVendBeforeItIsUnexplained() {
    cycles.accept(id(2), "exit-1", "VEHICLE_COUNTED", T);
    cycles.endLane();

    assertThat(cycles.unexplained())
        .extracting(GarageRecords.GateRecord::gateEventId)
        .containsExactly(id(2));
  }

  @Test
  void anArmLiftLongAfterTheLastVendIsUnexplained() {
    cycles.accept(id(1), "entry-1", "VEND", T);
    cycles.accept(id(2), "entry-1", "ARM_UP", T.plusSeconds(1));
    cycles.accept(id(3), "entry-1", "ARM_UP", T.plusSeconds(300));
    cycles.endLane();

    assertThat(cycles.unexplained())
        .extracting(GarageRecords.GateRecord::gateEventId)
        .containsExactly(id(3));
  }

  @Test
  void twoVehiclesThroughOnOneVendIsACrowdedOpening() {
    cycles.accept(id(1), "entry-1", "VEND", T);
    cycles.accept(id(2), "entry-1", "VEHICLE_COUNTED", T.plusSeconds(3));
    cycles.accept(id(3), "entry-1", "VEHICLE_COUNTED", T.plusSeconds(5));
    cycles.accept(id(4), "entry-1", "VEND", T.plusSeconds(20));
    cycles.accept(id(5), "entry-1", "VEHICLE_COUNTED", T.plusSeconds(23));
    cycles.endLane();

    assertThat(cycles.crowded())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.openingEventId()).isEqualTo(id(1));
              assertThat(c.passages()).containsExactly(id(2), id(3));
            });
  }

  @Test
  void aLaneWithoutVehicleCountsIsCountedByItsSafetyLoop() {
    cycles.accept(id(1), "entry-2", "VEND", T);
    cycles.accept(id(2), "entry-2", "ARM_UP", T.plusSeconds(1));
    cycles.accept(id(3), "entry-2", "SAFETY_LOOP_CLEARED", T.plusSeconds(4));
    cycles.accept(id(4), "entry-2", "SAFETY_LOOP_CLEARED", T.plusSeconds(6));
    cycles.endLane();

    assertThat(cycles.crowded()).hasSize(1);
    assertThat(cycles.unexplained()).isEmpty();
  }

  @Test
  void aLaneThatCountsVehiclesIgnoresItsLoops() {
    cycles.accept(id(1), "entry-1", "VEND", T);
    cycles.accept(id(2), "entry-1", "SAFETY_LOOP_CLEARED", T.plusSeconds(2));
    cycles.accept(id(3), "entry-1", "VEHICLE_COUNTED", T.plusSeconds(3));
    cycles.accept(id(4), "entry-1", "SAFETY_LOOP_CLEARED", T.plusSeconds(300));
    cycles.endLane();

    assertThat(cycles.crowded()).isEmpty();
    assertThat(cycles.unexplained()).isEmpty();
  }

  @Test
  void anOperatorVendAuthorisesTheOpening() {
    cycles.accept(id(1), "exit-1", "OPERATOR_VEND", T);
    cycles.accept(id(2), "exit-1", "VEHICLE_COUNTED", T.plusSeconds(4));
    cycles.endLane();

    assertThat(cycles.unexplained()).isEmpty();
  }

  @Test
  void eachLaneHasItsOwnCycles() {
    cycles.accept(id(1), "entry-1", "VEND", T);
    cycles.endLane();
    cycles.accept(id(2), "entry-2", "VEHICLE_COUNTED", T.plusSeconds(3));
    cycles.endLane();

    assertThat(cycles.unexplained())
        .extracting(GarageRecords.GateRecord::lane)
        .containsExactly("entry-2");
  }
}
