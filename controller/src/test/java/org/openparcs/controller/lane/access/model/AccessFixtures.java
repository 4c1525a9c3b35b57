package org.openparcs.controller.lane.access.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.plate.model.PlateText;

final class AccessFixtures {
  static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
  static final PlateText PLATE = PlateText.of("7ABC123");
  static final GarageId GARAGE = new GarageId("g1");

  private AccessFixtures() {}

  static Permit permit(Instant from, Instant to) {
    return new Permit(UUID.randomUUID(), GARAGE, PLATE, "Holder", PermitKind.PERMIT, from, to);
  }

  static Permit currentPermit() {
    return permit(NOW.minusSeconds(86_400), NOW.plusSeconds(86_400));
  }

  static AccessRequest entry(List<Permit> permits, Optional<UUID> openSession) {
    return entry(permits, openSession, LaneMode.NORMAL);
  }

  static AccessRequest entry(List<Permit> permits, Optional<UUID> openSession, LaneMode mode) {
    return new AccessRequest(Direction.ENTRY, PLATE, NOW, permits, openSession, mode);
  }

  static AccessRequest exit(List<Permit> permits, Optional<UUID> openSession) {
    return exit(permits, openSession, LaneMode.NORMAL);
  }

  static AccessRequest exit(List<Permit> permits, Optional<UUID> openSession, LaneMode mode) {
    return new AccessRequest(Direction.EXIT, PLATE, NOW, permits, openSession, mode);
  }
}
