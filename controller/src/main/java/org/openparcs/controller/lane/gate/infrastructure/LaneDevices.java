package org.openparcs.controller.lane.gate.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.bridge.io.RegisterMap;
import org.openparcs.bridge.lane.LaneIo;
import org.openparcs.bridge.lane.LaneWiring;
import org.openparcs.bridge.modbus.ModbusEndpoint;
import org.openparcs.bridge.modbus.ModbusIoModule;
import org.openparcs.controller.garage.infrastructure.LaneSettings;
import org.openparcs.controller.garage.model.LaneId;

/** Each lane's barrier and loops, reached through its I/O module as configured. */
@Singleton
public class LaneDevices {

  private final Map<LaneId, LaneIo> lanes = new LinkedHashMap<>();

  public LaneDevices(List<LaneSettings> settings) {
    for (LaneSettings s : settings) {
      ModbusEndpoint endpoint =
          new ModbusEndpoint(s.ioHost(), s.ioPort(), s.ioUnitId(), s.ioTimeout(), s.ioGap());
      ModbusIoModule module =
          new ModbusIoModule(s.ioDeviceId(), endpoint, RegisterMap.forModel(s.ioModel()));
      lanes.put(new LaneId(s.id()), new LaneIo(module, LaneWiring.STANDARD));
    }
  }

  public LaneIo lane(LaneId id) {
    LaneIo io = lanes.get(id);
    if (io == null) {
      throw new IllegalArgumentException("no devices for lane " + id);
    }
    return io;
  }

  public Map<LaneId, LaneIo> all() {
    return Map.copyOf(lanes);
  }

  @PreDestroy
  void close() {
    lanes.values().forEach(LaneIo::close);
  }
}
