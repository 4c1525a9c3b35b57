package org.openparcs.controller.lane.gate.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.bridge.io.DeviceHealth;
import org.openparcs.bridge.io.RegisterMaps;
import org.openparcs.bridge.lane.LaneIo;
import org.openparcs.bridge.lane.LaneWiring;
import org.openparcs.bridge.modbus.ModbusEndpoint;
import org.openparcs.bridge.modbus.ModbusIoModule;
import org.openparcs.bridge.resilience.GuardedIoModule;
import org.openparcs.controller.garage.infrastructure.LaneSettings;
import org.openparcs.controller.garage.model.LaneId;

/**
 * Each lane's barrier and loops, reached through its I/O module as configured (host and port per
 * lane, register map per model), behind the lane's retry budget and circuit breaker.
 */
@Singleton
public class LaneDevices {

  private final Map<LaneId, LaneIo> lanes = new LinkedHashMap<>();
  private final Map<LaneId, GuardedIoModule> modules = new LinkedHashMap<>();

  public LaneDevices(
      List<LaneSettings> settings, List<IoModelSettings> models, DeviceGuardSettings guard) {
    RegisterMaps maps = RegisterMaps.builtIn();
    for (IoModelSettings m : models) {
      maps = maps.with(m.registerMap());
    }
    for (LaneSettings s : settings) {
      ModbusEndpoint endpoint =
          new ModbusEndpoint(s.ioHost(), s.ioPort(), s.ioUnitId(), s.ioTimeout(), s.ioGap());
      GuardedIoModule module =
          new GuardedIoModule(
              new ModbusIoModule(s.ioDeviceId(), endpoint, maps.forModel(s.ioModel())),
              guard.guard());
      LaneId id = new LaneId(s.id());
      modules.put(id, module);
      lanes.put(id, new LaneIo(module, LaneWiring.STANDARD));
    }
  }

  public LaneIo lane(LaneId id) {
    LaneIo io = lanes.get(id);
    if (io == null) {
      throw new IllegalArgumentException("no devices for lane " + id);
    }
    return io;
  }

  /** What the lane's I/O module guard has seen: circuit state, transactions, failures. */
  public DeviceHealth health(LaneId id) {
    return modules.get(id).health();
  }

  public Map<LaneId, LaneIo> all() {
    return Map.copyOf(lanes);
  }

  @PreDestroy
  void close() {
    lanes.values().forEach(LaneIo::close);
  }
}
