package org.openparcs.controller.retention.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openparcs.controller.plate.model.PlateComparison;

/**
 * The records an order's legal holds keep (POLICY R3), by kind: read ids, session ids, plates.
 *
 * @param readIds ids of held reads (lower case)
 * @param sessionIds ids of held sessions (lower case)
 * @param plates held plates (upper case): every record of these plates stays
 */
public record Holds(Set<String> readIds, Set<String> sessionIds, Set<String> plates) {

  public Holds {
    readIds = Set.copyOf(readIds);
    sessionIds = Set.copyOf(sessionIds);
    plates = Set.copyOf(plates);
  }

  public static Holds of(List<LegalHold> holds) {
    return new Holds(
        targets(holds, HoldKind.READ),
        targets(holds, HoldKind.SESSION),
        targets(holds, HoldKind.PLATE));
  }

  public static Holds none() {
    return new Holds(Set.of(), Set.of(), Set.of());
  }

  public boolean isEmpty() {
    return readIds.isEmpty() && sessionIds.isEmpty() && plates.isEmpty();
  }

  /** Whether a read stays: it is held itself, or its plate is. */
  public boolean keepsRead(String readId, String plate) {
    return readIds.contains(readId) || (plate != null && plates.contains(plate));
  }

  /**
   * Whether a session's plate stays: the session is held, or its plate is, compared as the exit
   * match compares plates (O as 0, I as 1). POLICY R3: a stay stored under a confusable misread of
   * a held plate is that vehicle's stay to the garage, which let it out on that match.
   */
  public boolean keepsSession(String sessionId, String plate) {
    if (sessionIds.contains(sessionId)) {
      return true;
    }
    if (plate == null) {
      return false;
    }
    String folded = PlateComparison.FOLDED.key(plate);
    return plates.stream().anyMatch(held -> PlateComparison.FOLDED.key(held).equals(folded));
  }

  private static Set<String> targets(List<LegalHold> holds, HoldKind kind) {
    return holds.stream()
        .filter(h -> h.kind() == kind)
        .map(LegalHold::target)
        .collect(Collectors.toUnmodifiableSet());
  }
}
