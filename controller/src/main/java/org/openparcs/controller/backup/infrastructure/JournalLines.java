package org.openparcs.controller.backup.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.db.backup.JournalEntry;

/** A carried-out purge order as fields of a journal line, and back. */
final class JournalLines {

  private static final String CUTOFF = "purge-before.";

  private JournalLines() {}

  static Map<String, String> fields(PurgeOrderCarriedOut order) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("order", order.orderId());
    order.purgeBefore().forEach((k, v) -> data.put(CUTOFF + k, v.toString()));
    data.put("held", String.join("\n", order.heldTargets()));
    data.put("images", String.join("\n", order.deletedImages()));
    return data;
  }

  static PurgeOrderCarriedOut order(JournalEntry e) {
    Map<String, Instant> cutoffs = new LinkedHashMap<>();
    e.data()
        .forEach(
            (k, v) -> {
              if (k.startsWith(CUTOFF)) {
                cutoffs.put(k.substring(CUTOFF.length()), Instant.parse(v));
              }
            });
    return new PurgeOrderCarriedOut(
        e.field("order"), e.at(), cutoffs, lines(e.field("held")), lines(e.field("images")));
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
