package org.openparcs.portal.retention.web;

import java.util.HashMap;
import java.util.Map;
import org.openparcs.policy.model.Days;
import org.openparcs.portal.retention.model.ClassResult;
import org.openparcs.portal.retention.model.LegalHold;
import org.openparcs.portal.retention.model.PurgeRun;

/** Purge runs and holds as the pages show them. */
final class RunView {

  private RunView() {}

  static Map<String, Object> of(PurgeRun r) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", r.id());
    m.put("trigger", r.trigger());
    m.put("startedBy", r.startedBy() == null ? "schedule" : r.startedBy());
    m.put("startedAt", String.valueOf(r.startedAt()));
    m.put("finishedAt", r.finishedAt() == null ? "" : r.finishedAt().toString());
    m.put("status", r.status());
    m.put("running", r.running());
    m.put("percent", r.percent());
    m.put("holdsActive", r.holdsActive());
    m.put("classes", r.classes().stream().map(RunView::of).toList());
    return m;
  }

  static Map<String, Object> of(ClassResult c) {
    Map<String, Object> m = new HashMap<>();
    m.put("label", c.dataClass().label());
    m.put("period", Days.text(c.cutoff().days()));
    m.put("cutoff", c.cutoff().cutoff().toString());
    m.put("planned", c.planned());
    m.put("done", c.done());
    m.put("heldKept", c.heldKept());
    m.put("percent", c.percent());
    return m;
  }

  static Map<String, Object> hold(LegalHold h) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", h.id());
    m.put("kind", h.kind().name());
    m.put("target", h.target());
    m.put("caseNumber", h.caseNumber());
    m.put("reason", h.reason());
    m.put("placedBy", h.placedBy());
    m.put("placedAt", h.placedAt().toString());
    m.put("active", h.active());
    m.put(
        "released",
        h.active() ? "" : h.releasedAt() + " by " + h.releasedBy() + ": " + h.releaseReason());
    return m;
  }
}
