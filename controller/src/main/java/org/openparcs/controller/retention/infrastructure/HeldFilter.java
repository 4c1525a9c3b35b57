package org.openparcs.controller.retention.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.protection.PlateLookup;

/**
 * The SQL that leaves held records out of a purge (POLICY R3): {@code AND NOT (id IN (...) OR plate
 * IN (...))} with its parameters; empty when nothing of the kind is held.
 */
record HeldFilter(String sql, List<Object> params, String held) {

  static HeldFilter of(
      String idColumn, Collection<String> ids, String plateColumn, Collection<?> plates) {
    return of(idColumn, ids, plateColumn == null ? Map.of() : Map.of(plateColumn, plates));
  }

  /** Held by id, or by any of the plate columns holding one of its values. */
  private static HeldFilter of(
      String idColumn, Collection<String> ids, Map<String, ? extends Collection<?>> plates) {
    List<String> terms = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (idColumn != null && !ids.isEmpty()) {
      terms.add(idColumn + " IN (" + marks(ids.size()) + ")");
      plain.add(idColumn + " IN (" + marks(ids.size()) + ")");
      params.addAll(ids);
    }
    plates.forEach(
        (plateColumn, values) -> {
          if (!values.isEmpty()) {
            // NOT (NULL IN (...)) is NULL: an emptied plate must not hide its row from the purge.
            terms.add("COALESCE(" + plateColumn + ", '') IN (" + marks(values.size()) + ")");
            plain.add(plateColumn + " IN (" + marks(values.size()) + ")");
            params.addAll(values);
          }
        });
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
    return of(idColumn, ids, hashColumn, hashes(plates, lookup, plate -> plate));
  }

  /**
   * Held plates matched through the lookup hash and through the folded plate's hash (O read as 0, I
   * as 1), as the exit match compares plates. POLICY R3: a hold on a plate keeps the records of
   * that vehicle, and a stay the camera stored under a confusable misread (ABO123 as AB0123) is the
   * same vehicle to the garage, which let it out on that match; purging it would lose evidence the
   * hold exists to keep, while keeping an unrelated look-alike only delays its purge until the hold
   * is released.
   */
  static HeldFilter hashedOrFolded(
      String idColumn,
      Collection<String> ids,
      String hashColumn,
      String foldedHashColumn,
      Collection<String> plates,
      PlateLookup lookup) {
    Map<String, List<byte[]>> columns = new LinkedHashMap<>();
    columns.put(hashColumn, hashes(plates, lookup, plate -> plate));
    columns.put(foldedHashColumn, hashes(plates, lookup, PlateComparison.FOLDED::key));
    return of(idColumn, ids, columns);
  }

  /** Each held plate's form hashed under every configured lookup key. */
  private static List<byte[]> hashes(
      Collection<String> plates, PlateLookup lookup, UnaryOperator<String> form) {
    List<byte[]> hashes = new ArrayList<>();
    if (!plates.isEmpty()) {
      if (lookup == null) {
        throw new IllegalStateException(
            "plates are held (POLICY R3) but no lookup keys are configured to find them: set"
                + " PARCS_PROTECTION_* as the controller has them");
      }
      plates.forEach(plate -> hashes.addAll(lookup.candidates(form.apply(plate))));
    }
    return hashes;
  }

  /** The opposite: only the held records, in a form the indexes serve (plate, id). */
  String onlyHeld() {
    return held;
  }

  static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
