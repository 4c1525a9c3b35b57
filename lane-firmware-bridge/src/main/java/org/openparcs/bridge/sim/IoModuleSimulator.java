package org.openparcs.bridge.sim;

import java.net.InetAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openparcs.bridge.modbus.j2mod.J2modServer;

/**
 * A simulated lane I/O module on the network: a real Modbus TCP server in front of a {@link
 * SimulatedLane}, with a ticker that moves the barrier and ends relay pulses.
 */
public final class IoModuleSimulator implements AutoCloseable {

  private static final long TICK_MICROS = 2_000;

  private final SimulatedLane lane;
  private final J2modServer server;
  private final ScheduledExecutorService ticker;

  private IoModuleSimulator(SimulatedLane lane, J2modServer server, ScheduledExecutorService t) {
    this.lane = lane;
    this.server = server;
    this.ticker = t;
  }

  /** Serves {@code lane} on loopback; port 0 picks a free port. */
  public static IoModuleSimulator start(SimulatedLane lane, int port) {
    return start(lane, InetAddress.getLoopbackAddress(), port, 1);
  }

  public static IoModuleSimulator start(
      SimulatedLane lane, InetAddress address, int port, int unitId) {
    J2modServer server = J2modServer.start(address, port, unitId, lane);
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sim-ticker-" + lane.name());
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(lane::tick, 0, TICK_MICROS, TimeUnit.MICROSECONDS);
    return new IoModuleSimulator(lane, server, ticker);
  }

  public SimulatedLane lane() {
    return lane;
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    server.close();
  }
}
