package org.openparcs.bridge.sim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.openparcs.bridge.io.RegisterMap;
import org.openparcs.bridge.lane.LaneSignals;
import org.openparcs.bridge.lane.LaneWiring;
import org.openparcs.bridge.modbus.ModbusPoints;

/**
 * A lane in the simulator: the I/O module's points, the barrier wired to its OPEN relay and
 * limit-switch inputs, and two loops that simulated vehicles occupy. Thread-safe: one lock per
 * lane, shared by the Modbus server thread, the ticker and the vehicles.
 */
public final class SimulatedLane implements ModbusPoints {

  /** Observes the lane, e.g. a test counting pulses or a bench timing them. */
  public interface Observer {
    /** The OPEN relay closed ({@code nanos} from the lane's clock). */
    default void openRelayClosed(long nanos) {}

    /**
     * A Modbus write commanded the OPEN relay on (a pulse or a plain on), whether or not the relay
     * was already closed: the moment a vend reaches the module.
     */
    default void openCommanded(long nanos) {}

    /** The arm reached a new position. */
    default void armMoved(String position, long nanos) {}
  }

  private final String name;
  private final RegisterMap map;
  private final LaneWiring wiring;
  private final LongSupplier clock;
  private final SimulatedIoModule module;
  private final SimulatedBarrier barrier;
  private final List<Observer> observers = new CopyOnWriteArrayList<>();
  private int openPulses;
  private long armingLoopReads;
  private SimulatedBarrier.Arm lastArm;

  public SimulatedLane(
      String name, RegisterMap map, LaneWiring wiring, BarrierTiming timing, LongSupplier clock) {
    this.name = name;
    this.map = map;
    this.wiring = wiring;
    this.clock = clock;
    this.barrier = new SimulatedBarrier(timing);
    this.module = new SimulatedIoModule(map, timing.relayPulse().toNanos(), this::relayChanged);
    this.lastArm = barrier.arm();
    syncArmInputs();
  }

  /** A lane with the E1214 map, standard wiring, fast barrier and the system clock. */
  public static SimulatedLane standard(String name) {
    return new SimulatedLane(
        name, RegisterMap.MOXA_E1214, LaneWiring.STANDARD, BarrierTiming.FAST, System::nanoTime);
  }

  public String name() {
    return name;
  }

  public void addObserver(Observer observer) {
    observers.add(observer);
  }

  // --- what vehicles do -------------------------------------------------------------------

  public synchronized void armingLoop(boolean occupied) {
    module.setInput(wiring.armingLoopInput(), occupied);
  }

  public synchronized void safetyLoop(boolean occupied) {
    module.setInput(wiring.safetyLoopInput(), occupied);
    barrier.safetyLoop(occupied, clock.getAsLong());
    syncArmInputs();
  }

  /** Jams the barrier motor: OPEN pulses are ignored until released. */
  public synchronized void jamBarrier(boolean jammed) {
    barrier.jam(jammed);
  }

  /** Lifts the arm without an OPEN pulse, as a vandal or a faulty motor would. */
  public synchronized void forceArmUp() {
    barrier.force(clock.getAsLong());
    syncArmInputs();
  }

  /** Whether the OPEN relay is closed now (pulsing or held). */
  public synchronized boolean openRelayClosed() {
    return module.relay(wiring.openRelay());
  }

  /** Advances timed behaviour (relay pulses, arm motion); the simulator calls it every few ms. */
  public synchronized void tick() {
    long now = clock.getAsLong();
    module.tick(now);
    barrier.tick(now);
    syncArmInputs();
  }

  // --- what tests and demos observe -------------------------------------------------------

  public synchronized LaneSignals signals() {
    return new LaneSignals(
        module.input(wiring.armingLoopInput()),
        module.input(wiring.safetyLoopInput()),
        module.input(wiring.armUpInput()),
        module.input(wiring.armDownInput()));
  }

  /**
   * Waits until a Modbus client (the controller) has read the arming loop {@code reads} more times,
   * so it has seen the loop as it is now: a vehicle that backs away and the next that drives on are
   * seconds apart on a real lane, never within one poll.
   *
   * @return whether it was read that often within {@code patience}
   */
  public synchronized boolean awaitArmingLoopRead(int reads, Duration patience)
      throws InterruptedException {
    long target = armingLoopReads + reads;
    long deadline = System.nanoTime() + patience.toNanos();
    while (armingLoopReads < target) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return true;
  }

  private void armingLoopRead() {
    armingLoopReads++;
    notifyAll();
  }

  /** How many times the OPEN relay has closed since the lane started. */
  public synchronized int openPulses() {
    return openPulses;
  }

  // --- Modbus points ----------------------------------------------------------------------

  @Override
  public Layout layout() {
    int[] coils =
        IntStream.concat(
                IntStream.range(0, map.relays()).map(i -> map.relayCoilBase() + i),
                IntStream.range(0, map.relays()).map(i -> map.pulseCoilBase() + i))
            .toArray();
    int[] inputs = IntStream.range(0, map.inputs()).map(i -> map.discreteInputBase() + i).toArray();
    int[] inputRegisters =
        IntStream.concat(
                IntStream.range(0, map.inputs() * 2).map(i -> map.inputCounterRegisterBase() + i),
                IntStream.of(map.inputBitsRegister()))
            .toArray();
    return new Layout(coils, inputs, inputRegisters, new int[] {map.relayBitsRegister()});
  }

  @Override
  public synchronized boolean coil(int address) {
    int relay = address - map.relayCoilBase();
    if (relay >= 0 && relay < map.relays()) {
      return module.relay(relay);
    }
    return module.pulsing(address - map.pulseCoilBase());
  }

  @Override
  public synchronized void writeCoil(int address, boolean on) {
    long now = clock.getAsLong();
    if (on
        && (address == map.relayCoilBase() + wiring.openRelay()
            || address == map.pulseCoilBase() + wiring.openRelay())) {
      observers.forEach(o -> o.openCommanded(now));
    }
    int relay = address - map.relayCoilBase();
    if (relay >= 0 && relay < map.relays()) {
      module.setRelay(relay, on, now);
    } else if (on) {
      module.startPulse(address - map.pulseCoilBase(), now);
    } else {
      module.setRelay(address - map.pulseCoilBase(), false, now);
    }
    syncArmInputs();
  }

  @Override
  public synchronized boolean discreteInput(int address) {
    if (address - map.discreteInputBase() == wiring.armingLoopInput()) {
      armingLoopRead();
    }
    return module.input(address - map.discreteInputBase());
  }

  @Override
  public synchronized int inputRegister(int address) {
    if (address == map.inputBitsRegister()) {
      armingLoopRead();
      return module.inputBits();
    }
    int offset = address - map.inputCounterRegisterBase();
    long counter = module.counter(offset / 2);
    return (int) (offset % 2 == 0 ? counter >>> 16 : counter & 0xFFFF);
  }

  @Override
  public synchronized int holdingRegister(int address) {
    return module.relayBits();
  }

  @Override
  public synchronized void writeHoldingRegister(int address, int value) {
    long now = clock.getAsLong();
    for (int relay = 0; relay < map.relays(); relay++) {
      module.setRelay(relay, (value & (1 << relay)) != 0, now);
    }
    syncArmInputs();
  }

  private void relayChanged(int relay, boolean closed, long nanos) {
    if (relay == wiring.openRelay() && closed) {
      openPulses++;
      barrier.openContactClosed(nanos);
      observers.forEach(o -> o.openRelayClosed(nanos));
    } else if (relay == wiring.openRelay()) {
      barrier.openContactReleased();
    }
  }

  private void syncArmInputs() {
    SimulatedBarrier.Arm arm = barrier.arm();
    module.setInput(wiring.armUpInput(), arm == SimulatedBarrier.Arm.UP);
    module.setInput(wiring.armDownInput(), arm == SimulatedBarrier.Arm.DOWN);
    if (arm != lastArm) {
      lastArm = arm;
      long now = clock.getAsLong();
      observers.forEach(o -> o.armMoved(arm.name(), now));
    }
  }
}
