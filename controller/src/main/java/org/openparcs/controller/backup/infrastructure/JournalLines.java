package org.openparcs.controller.backup.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openparcs.controller.backup.model.PurgeOrderCarriedOut;
import org.openparcs.controller.retention.model.ClassCutoff;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.db.backup.JournalEntry;

/** A carried-out purge order as fields of a journal line, and back. */
final class JournalLines {

  private static final String CUTOFF = "purge-before.";
  private static final String DAYS = "days.";

  private JournalLines() {}

  static Map<String, String> fields(PurgeOrderCarriedOut order) {
    Map<String, String> data = new LinkedHashMap<>();
    data.put("order", order.orderId());
    data.put("garage", order.garageId());
    for (ClassCutoff c : order.cutoffs()) {
      data.put(CUTOFF + c.dataClass(), c.purgeBefore().toString());
      data.put(DAYS + c.dataClass(), String.valueOf(c.retentionDays()));
    }
    data.put("held-reads", String.join("\n", order.holds().readIds()));
    data.put("held-sessions", String.join("\n", order.holds().sessionIds()));
    data.put("held-plates", String.join("\n", order.holds().plates()));
    data.put("images", String.join("\n", order.deletedImages()));
    return data;
  }

  static PurgeOrderCarriedOut order(JournalEntry e) {
    List<ClassCutoff> cutoffs = new ArrayList<>();
    e.data()
        .forEach(
            (k, v) -> {
              if (k.startsWith(CUTOFF)) {
                String c = k.substring(CUTOFF.length());
                cutoffs.add(
                    new ClassCutoff(c, Integer.parseInt(e.field(DAYS + c)), Instant.parse(v)));
              }
            });
    Holds holds =
        new Holds(
            lines(e.field("held-reads")),
            lines(e.field("held-sessions")),
            lines(e.field("held-plates")));
    return new PurgeOrderCarriedOut(
        e.field("order"),
        e.field("garage"),
        e.at(),
        cutoffs,
        holds,
        List.copyOf(lines(e.field("images"))));
  }

  private static Set<String> lines(String text) {
    Set<String> lines = new HashSet<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
