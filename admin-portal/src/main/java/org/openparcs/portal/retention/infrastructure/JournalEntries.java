package org.openparcs.portal.retention.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.db.backup.JournalEntry;
import org.openparcs.policy.model.DataClass;
import org.openparcs.portal.retention.model.ClassCutoff;
import org.openparcs.portal.retention.model.HoldTarget;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.RetentionDecision;

/** Retention decisions as lines of the decision journal, and back. */
final class JournalEntries {

  private JournalEntries() {}

  record Line(String type, Instant at, Map<String, String> data) {}

  static Line of(RetentionDecision decision) {
    Map<String, String> data = new LinkedHashMap<>();
    if (decision instanceof RetentionDecision.HoldPlaced p) {
      LegalHold h = p.hold();
      data.put("id", String.valueOf(h.id()));
      data.put("kind", h.kind().name());
      data.put("target", h.target());
      data.put("case", h.caseNumber());
      data.put("reason", h.reason());
      data.put("by", h.placedBy());
      return new Line(DecisionJournal.HOLD_PLACED, h.placedAt(), data);
    }
    if (decision instanceof RetentionDecision.HoldReleased r) {
      data.put("id", String.valueOf(r.holdId()));
      data.put("by", r.by());
      data.put("reason", r.reason());
      return new Line(DecisionJournal.HOLD_RELEASED, r.at(), data);
    }
    RetentionDecision.PurgeRan run = (RetentionDecision.PurgeRan) decision;
    data.put("run", String.valueOf(run.runId()));
    for (ClassCutoff c : run.cutoffs()) {
      data.put("days." + c.dataClass().name(), String.valueOf(c.days()));
      data.put("cutoff." + c.dataClass().name(), c.cutoff().toString());
    }
    return new Line(DecisionJournal.PURGE_RAN, run.at(), data);
  }

  /** The portal's decision in an entry; empty for entries of other kinds. */
  static Optional<RetentionDecision> decision(JournalEntry e) {
    switch (e.type()) {
      case DecisionJournal.HOLD_PLACED:
        return Optional.of(
            new RetentionDecision.HoldPlaced(
                new LegalHold(
                    Long.parseLong(e.field("id")),
                    HoldTarget.valueOf(e.field("kind")),
                    e.field("target"),
                    e.field("case"),
                    e.field("reason"),
                    e.field("by"),
                    e.at(),
                    null,
                    null,
                    null)));
      case DecisionJournal.HOLD_RELEASED:
        return Optional.of(
            new RetentionDecision.HoldReleased(
                Long.parseLong(e.field("id")), e.field("by"), e.at(), e.field("reason")));
      case DecisionJournal.PURGE_RAN:
        List<ClassCutoff> cutoffs = new ArrayList<>();
        for (DataClass c : DataClass.values()) {
          String cutoff = e.data().get("cutoff." + c.name());
          if (cutoff != null) {
            cutoffs.add(
                new ClassCutoff(
                    c, Integer.parseInt(e.field("days." + c.name())), Instant.parse(cutoff)));
          }
        }
        return Optional.of(
            new RetentionDecision.PurgeRan(Long.parseLong(e.field("run")), e.at(), cutoffs));
      default:
        return Optional.empty();
    }
  }
}
