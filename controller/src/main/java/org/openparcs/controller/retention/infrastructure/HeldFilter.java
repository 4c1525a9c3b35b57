package org.openparcs.controller.retention.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openparcs.protection.PlateLookup;

/**
 * The SQL that leaves held records out of a purge (POLICY R3): {@code AND NOT (id IN (...) OR plate
 * IN (...))} with its parameters; empty when nothing of the kind is held.
 */
record HeldFilter(String sql, List<Object> params, String held) {

  static HeldFilter of(
      String idColumn, Collection<String> ids, String plateColumn, Collection<?> plates) {
    List<String> terms = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (idColumn != null && !ids.isEmpty()) {
      terms.add(idColumn + " IN (" + marks(ids.size()) + ")");
      plain.add(idColumn + " IN (" + marks(ids.size()) + ")");
      params.addAll(ids);
    }
    if (plateColumn != null && !plates.isEmpty()) {
      // NOT (NULL IN (...)) is NULL: an emptied plate must not hide its row from the purge.
      terms.add("COALESCE(" + plateColumn + ", '') IN (" + marks(plates.size()) + ")");
      plain.add(plateColumn + " IN (" + marks(plates.size()) + ")");
      params.addAll(plates);
    }
    if (terms.isEmpty()) {
      return new HeldFilter("", List.of(), " AND FALSE");
    }
    return new HeldFilter(
        " AND NOT (" + String.join(" OR ", terms) + ")",
        List.copyOf(params),
        " AND (" + String.join(" OR ", plain) + ")");
  }

  /**
   * Held plates matched through a lookup-hash column (POLICY K1: the plate itself is sealed): every
   * held plate's hash under each configured lookup key.
   */
  static HeldFilter hashed(
      String idColumn,
      Collection<String> ids,
      String hashColumn,
      Collection<String> plates,
      PlateLookup lookup) {
    List<byte[]> hashes = new ArrayList<>();
    if (!plates.isEmpty()) {
      if (lookup == null) {
        throw new IllegalStateException(
            "plates are held (POLICY R3) but no lookup keys are configured to find them: set"
                + " PARCS_PROTECTION_* as the controller has them");
      }
      plates.forEach(plate -> hashes.addAll(lookup.candidates(plate)));
    }
    return of(idColumn, ids, hashColumn, hashes);
  }

  /** The opposite: only the held records, in a form the indexes serve (plate, id). */
  String onlyHeld() {
    return held;
  }

  static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
