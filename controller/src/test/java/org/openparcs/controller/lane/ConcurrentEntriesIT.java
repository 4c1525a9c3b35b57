package org.openparcs.controller.lane;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.application.HandlePlateRead;
import org.openparcs.controller.lane.control.application.RecordLaneEffects;
import org.openparcs.controller.lane.control.model.LaneEffect;
import org.openparcs.controller.lane.control.model.VendTicket;
import org.openparcs.controller.plate.application.PlateReadReceived;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.shared.application.Transactions;

/**
 * Two entry lanes counting vehicles in at the same moment, on the real garage database: every
 * vehicle gets its session and none is lost. (Checking a plate's open session with a locking read
 * before inserting made two lanes lock the same empty slot of the one-open-session-per-plate key
 * and deadlock, and the monitor dropped the vehicle's session.)
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentEntriesIT implements TestPropertyProvider {

  private static final int VEHICLES_PER_LANE = 40;

  private final IoModuleSimulator north =
      IoModuleSimulator.start(SimulatedLane.standard("north"), 0);
  private final IoModuleSimulator south =
      IoModuleSimulator.start(SimulatedLane.standard("south"), 0);

  @Inject HandlePlateRead handlePlateRead;
  @Inject RecordLaneEffects record;
  @Inject Sessions sessions;
  @Inject Transactions tx;
  @Inject GarageLayout garage;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>();
    p.putAll(GarageTestSupport.lane("entry-n", "ENTRY", north, "cam-n"));
    p.putAll(GarageTestSupport.lane("entry-s", "ENTRY", south, "cam-s"));
    return p;
  }

  @AfterAll
  void stopDevices() {
    north.close();
    south.close();
  }

  @Test
  void vehiclesCountedAtTwoLanesAtOnceAllGetTheirSessions() throws Exception {
    List<VendTicket> northTickets = tickets("cam-n", "N");
    List<VendTicket> southTickets = tickets("cam-s", "S");

    List<Throwable> failures =
        countAtOnce(
            List.of(
                () -> countIn("entry-n", northTickets), () -> countIn("entry-s", southTickets)));

    assertThat(failures).as("no lane's records were given up").isEmpty();
    List<VendTicket> all = new ArrayList<>(northTickets);
    all.addAll(southTickets);
    for (VendTicket t : all) {
      assertThat(tx.readOnly(() -> sessions.openFor(t.plate())))
          .as("session of " + t.plate().value())
          .isPresent();
    }
  }

  @Test
  void onePlateCountedAtBothLanesAtOnceHasOneSessionAndNoError() throws Exception {
    VendTicket atNorth = tickets("cam-n", "B").get(0);
    VendTicket atSouth =
        new VendTicket(tickets("cam-s", "C").get(0).decisionId(), atNorth.plate(), null);

    List<Throwable> failures =
        countAtOnce(
            List.of(
                () -> countIn("entry-n", List.of(atNorth)),
                () -> countIn("entry-s", List.of(atSouth))));

    assertThat(failures).isEmpty();
    assertThat(tx.readOnly(() -> sessions.openFor(atNorth.plate()))).isPresent();
  }

  /** Vehicles with a stored decision each (decided at the lane's camera, nobody on the loop). */
  private List<VendTicket> tickets(String camera, String prefix) {
    List<VendTicket> tickets = new ArrayList<>();
    for (int i = 0; i < VEHICLES_PER_LANE; i++) {
      String plate =
          prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
      HandlePlateRead.ReadOutcome outcome =
          handlePlateRead.handle(
              new PlateReadReceived(
                  new CameraId(camera), plate, 0.97, null, null, "test", Instant.now()));
      UUID decision = outcome.decided().orElseThrow().decision().id();
      tickets.add(new VendTicket(decision, PlateText.of(plate), null));
    }
    return tickets;
  }

  private Void countIn(String laneId, List<VendTicket> tickets) {
    Lane lane = garage.lane(new LaneId(laneId)).orElseThrow();
    for (VendTicket t : tickets) {
      record.record(lane, List.of(new LaneEffect.Counted(t)), Instant.now());
    }
    return null;
  }

  private static List<Throwable> countAtOnce(List<Callable<Void>> lanes) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(lanes.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Void>> running = new ArrayList<>();
    for (Callable<Void> lane : lanes) {
      running.add(
          pool.submit(
              () -> {
                start.await();
                return lane.call();
              }));
    }
    start.countDown();
    List<Throwable> failures = new ArrayList<>();
    for (Future<Void> f : running) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        failures.add(e.getCause());
      }
    }
    pool.shutdown();
    return failures;
  }
}
