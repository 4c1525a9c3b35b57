package org.openparcs.bridge.lane;

import org.openparcs.bridge.io.DigitalInputs;
import org.openparcs.bridge.io.InputCounters;
import org.openparcs.bridge.io.IoModule;
import org.openparcs.bridge.io.IoModuleException;

/**
 * One lane's barrier and loops as seen through its I/O module. The lane controller talks to this;
 * it knows nothing of Modbus.
 */
public final class LaneIo implements AutoCloseable {

  private final IoModule module;
  private final LaneWiring wiring;

  public LaneIo(IoModule module, LaneWiring wiring) {
    this.module = module;
    this.wiring = wiring;
  }

  /** Reads every lane sensor in one transaction. */
  public LaneSignals readSignals() throws IoModuleException {
    DigitalInputs in = module.readInputs();
    return new LaneSignals(
        in.isOn(wiring.armingLoopInput()),
        in.isOn(wiring.safetyLoopInput()),
        in.isOn(wiring.armUpInput()),
        in.isOn(wiring.armDownInput()));
  }

  /** Pulses the barrier's OPEN contact. The caller is responsible for presence on the loop. */
  public void pulseOpen() throws IoModuleException {
    module.pulseRelay(wiring.openRelay());
  }

  /**
   * Holds the barrier's OPEN contact closed (event mode) or lets it go. Releasing lets the barrier
   * close by its own logic; the lane must only release while the safety loop is clear.
   */
  public void holdOpen(boolean held) throws IoModuleException {
    module.setRelay(wiring.openRelay(), held);
  }

  /** Arrivals counted by the module on both loops, in one transaction. */
  public LoopCounts readLoopCounts() throws IoModuleException {
    InputCounters counters = module.readInputCounters();
    return new LoopCounts(
        counters.count(wiring.armingLoopInput()), counters.count(wiring.safetyLoopInput()));
  }

  /** Rising edges counted by the module on the arming loop input since it started. */
  public long armingLoopArrivals() throws IoModuleException {
    InputCounters counters = module.readInputCounters();
    return counters.count(wiring.armingLoopInput());
  }

  public String describe() {
    return module.describe();
  }

  @Override
  public void close() {
    module.close();
  }
}
