import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.PermitIndex;
import org.openparcs.controller.lane.access.model.PermitKind;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/**
 * What finding a read's permits costs on the lane path, single thread, after warm-up, with N
 * opened permits (plates as bench/run purge seeds them): the scan every read made before
 * (every permit's comparison key against the read's keys) against {@link PermitIndex}. Run: see
 * docs/benchmarks.md, "Purge".
 */
public class PermitLookupCost {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 160_000;
    GarageId garage = new GarageId("bench-garage");
    Instant now = Instant.now();
    List<Permit> permits = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      permits.add(
          new Permit(
              UUID.randomUUID(),
              garage,
              PlateText.of("L" + (i % 8) + "V" + (i / 8)),
              "Bench",
              PermitKind.PERMIT,
              now.minusSeconds(86_400),
              now.plusSeconds(86_400)));
    }
    PermitIndex index = new PermitIndex(permits);
    PlateComparison folded = PlateComparison.FOLDED;
    int reads = 2_000;
    long found = 0;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      for (int r = 0; r < reads; r++) {
        Set<String> keys = Set.of(folded.key("L" + (r % 8) + "V" + r));
        found += permits.stream().filter(p -> keys.contains(folded.key(p.plate()))).limit(1000).count();
      }
      long t1 = System.nanoTime();
      for (int r = 0; r < reads; r++) {
        Set<String> keys = Set.of(folded.key("L" + (r % 8) + "V" + r));
        found += index.near(keys, folded).size();
      }
      long t2 = System.nanoTime();
      System.out.printf(
          "round %d: %,d permits: scan %.3f ms per read, index %.4f ms per read%n",
          round, n, (t1 - t0) / 1e6 / reads, (t2 - t1) / 1e6 / reads);
    }
    System.out.println("found " + found);
  }
}
