package org.openparcs.portal.hotlist.web;

import java.util.HashMap;
import java.util.Map;
import org.openparcs.portal.hotlist.model.Hit;

/** A hit as the pages show it. */
final class HitView {

  private HitView() {}

  static Map<String, Object> of(Hit h) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", h.id());
    m.put("plate", h.plate());
    m.put("garage", h.garage().value());
    m.put("lane", h.lane());
    m.put("camera", h.camera());
    m.put("readId", h.readId().toString());
    m.put("readAt", h.readAt().toString());
    m.put("raisedAt", h.raisedAt().toString());
    m.put("list", h.list().name() + " (" + h.list().kind() + ")");
    m.put("entryPlate", h.entry().form().plate());
    m.put(
        "enteredBy",
        h.entry().form().name() + " #" + h.entry().form().badge() + ", " + h.entry().form().unit());
    m.put("cases", h.entry().form().caseNumbers());
    m.put("synopsis", h.entry().form().synopsis());
    m.put("open", h.open());
    m.put(
        "outcome",
        h.open()
            ? "open: nothing happens until a person confirms it"
            : h.disposition()
                + " by "
                + h.confirmedBy()
                + " at "
                + h.confirmedAt()
                + " (plate text compared with the image)"
                + (h.note() == null ? "" : ": " + h.note()));
    return m;
  }
}
