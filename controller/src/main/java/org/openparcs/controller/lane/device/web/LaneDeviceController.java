package org.openparcs.controller.lane.device.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.openparcs.bridge.osdp.acu.OsdpDeviceStatus;
import org.openparcs.controller.lane.device.infrastructure.OsdpLaneDevices;

/** Health of the lanes' card readers and displays, for operators. */
@Controller("/api/lane-devices")
public class LaneDeviceController {

  @Serdeable
  public record DeviceView(
      String id,
      String lane,
      String kind,
      String status,
      @Nullable String identity,
      long exchanges,
      long failures,
      @Nullable String lastFailure) {}

  private final OsdpLaneDevices devices;

  public LaneDeviceController(OsdpLaneDevices devices) {
    this.devices = devices;
  }

  @Get
  public List<DeviceView> devices() {
    return devices.devices().stream()
        .map(
            r -> {
              OsdpDeviceStatus s = r.status();
              return new DeviceView(
                  r.settings().id(),
                  r.settings().lane(),
                  r.settings().kind().name(),
                  s.online() ? "ONLINE" : "OFFLINE",
                  s.identity(),
                  s.exchanges(),
                  s.failures(),
                  s.lastFailure());
            })
        .toList();
  }
}
