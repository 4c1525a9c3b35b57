package org.openparcs.controller.lane.control.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.model.DeviceCommand;
import org.openparcs.controller.lane.control.model.LaneTimings;
import org.openparcs.controller.lane.gate.model.SensorState;
import org.openparcs.controller.lane.gate.model.VendResult;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.session.model.OpenSession;

class ACountedVehicleMovesItsSessionTest {

  private static final Lane ENTRY = new Lane(new LaneId("entry-1"), "Entry", Direction.ENTRY);
  private static final Lane EXIT = new Lane(new LaneId("exit-1"), "Exit", Direction.EXIT);
  private static final PlateText PLATE = PlateText.of("7ABC123");

  private final LaneFakes.Hardware hardware = new LaneFakes.Hardware();
  private final LaneFakes.Events events = new LaneFakes.Events();
  private final LaneFakes.InMemorySessions sessions = new LaneFakes.InMemorySessions();
  private final LaneFakes.ManualClock clock = new LaneFakes.ManualClock();
  private final LaneControls controls =
      new LaneControls(
          List.of(ENTRY, EXIT),
          new LaneTimings(
              Duration.ofSeconds(10),
              Duration.ofSeconds(3),
              Duration.ofSeconds(60),
              Duration.ofMinutes(5)),
          Map.of(),
          new PerformCommands(hardware));
  private final RecordLaneEffects record =
      new RecordLaneEffects(events, events, sessions, events, new LaneFakes.Direct());
  private final ObserveLane observe = new ObserveLane(controls, hardware, record, clock);
  private final VendThroughLane vend = new VendThroughLane(controls, hardware, clock);

  @Test
  void atEntryTheSessionOpensWhenTheVehicleIsCountedNotAtThePulse() {
    RecordedDecision decision = granted(ENTRY);
    poll(ENTRY, false, false, false, true);
    hardware.sensors = new SensorState(true, false, false, true);

    VendThroughLane.LaneVend v = vend.vend(ENTRY, decision);
    record.record(ENTRY, v.effects(), clock.instant());

    assertThat(v.result()).contains(new VendResult.Vended());
    assertThat(hardware.commands).containsExactly(DeviceCommand.PULSE_OPEN);
    assertThat(sessions.open).isEmpty();
    driveThrough(ENTRY);
    assertThat(sessions.open.get(PLATE))
        .extracting(OpenSession::entryDecisionId)
        .isEqualTo(decision.id());
    assertThat(events.reported).contains("session_opened");
  }

  @Test
  void atExitTheSessionClosesWhenTheVehicleIsCountedOut() {
    OpenSession inside =
        new OpenSession(
            UUID.randomUUID(), PLATE, null, ENTRY.id(), UUID.randomUUID(), clock.instant());
    sessions.open(inside);
    clock.advanceMillis(60_000);
    poll(EXIT, true, false, false, true);
    vend.vend(EXIT, granted(EXIT));
    driveThrough(EXIT);
    assertThat(sessions.open).isEmpty();
    assertThat(sessions.closed)
        .singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo(inside.id()));
  }

  @Test
  void aPulseTheModuleRefusesIsAFailedVendAndNobodyIsCounted() {
    poll(ENTRY, true, false, false, true);
    hardware.failCommands = new DeviceFailure("timeout", "no reply within 500 ms");
    assertThat(vend.vend(ENTRY, granted(ENTRY)).result())
        .contains(new VendResult.DeviceFailed("timeout", "no reply within 500 ms"));
    hardware.failCommands = null;
    driveThrough(ENTRY);
    assertThat(sessions.open).isEmpty();
  }

  private void driveThrough(Lane lane) {
    poll(lane, true, false, false, false);
    poll(lane, true, false, true, false);
    poll(lane, true, true, true, false);
    poll(lane, false, true, true, false);
    poll(lane, false, false, true, false);
    poll(lane, false, false, false, false);
    poll(lane, false, false, false, true);
  }

  private void poll(Lane lane, boolean arming, boolean safety, boolean up, boolean down) {
    hardware.sensors = new SensorState(arming, safety, up, down);
    clock.advanceMillis(50);
    observe.poll(lane.id(), false);
  }

  private RecordedDecision granted(Lane lane) {
    return new RecordedDecision(
        UUID.randomUUID(),
        UUID.randomUUID(),
        lane.id(),
        PLATE,
        new AccessDecision.Granted("VALID_PERMIT", UUID.randomUUID()),
        clock.instant());
  }
}
