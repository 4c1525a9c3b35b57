package org.openparcs.controller.garage.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.openparcs.controller.garage.model.Camera;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;

/** Builds the garage layout from configuration and records it in the garage database. */
@Factory
public class GarageFactory {

  @Singleton
  GarageLayout garageLayout(
      GarageSettings garage,
      List<LaneSettings> laneSettings,
      JdbcGarageRegistry registry,
      Clock clock) {
    if (laneSettings.isEmpty()) {
      throw new IllegalStateException("no lanes configured: add parcs.lanes.<id> entries");
    }
    List<Lane> lanes = new ArrayList<>();
    List<Camera> cameras = new ArrayList<>();
    for (LaneSettings s : laneSettings) {
      LaneId laneId = new LaneId(s.id());
      lanes.add(new Lane(laneId, s.name(), s.direction()));
      for (String camera : s.cameras()) {
        cameras.add(new Camera(new CameraId(camera), laneId, s.cameraFormat()));
      }
    }
    GarageLayout layout =
        new GarageLayout(
            new GarageId(garage.id()),
            garage.name(),
            ZoneId.of(garage.timeZone()),
            Currency.getInstance(garage.currency()),
            lanes,
            cameras);
    registry.register(layout, laneSettings, clock.instant());
    return layout;
  }
}
