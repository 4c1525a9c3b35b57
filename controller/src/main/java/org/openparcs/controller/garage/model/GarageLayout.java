package org.openparcs.controller.garage.model;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The garage as configured: its lanes and the cameras on them. */
public record GarageLayout(
    GarageId id,
    String name,
    ZoneId timeZone,
    Currency currency,
    List<Lane> lanes,
    List<Camera> cameras) {

  public GarageLayout {
    lanes = List.copyOf(lanes);
    cameras = List.copyOf(cameras);
    Map<LaneId, Lane> byId =
        lanes.stream().collect(Collectors.toMap(Lane::id, Function.identity()));
    if (byId.size() != lanes.size()) {
      throw new IllegalArgumentException("two lanes share an id");
    }
    for (Camera c : cameras) {
      if (!byId.containsKey(c.laneId())) {
        throw new IllegalArgumentException(
            "camera " + c.id() + " is on unknown lane " + c.laneId());
      }
    }
    if (cameras.stream().map(Camera::id).distinct().count() != cameras.size()) {
      throw new IllegalArgumentException("two cameras share an id");
    }
  }

  public Optional<Camera> camera(CameraId id) {
    return cameras.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<Lane> lane(LaneId id) {
    return lanes.stream().filter(l -> l.id().equals(id)).findFirst();
  }
}
