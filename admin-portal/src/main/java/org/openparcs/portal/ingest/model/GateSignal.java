package org.openparcs.portal.ingest.model;

/**
 * What a {@code gate_event} says about its lane: which lane and what happened there.
 *
 * @param lane the lane's id as the garage names it
 * @param type the gate event type ({@code ARM_UP}, {@code DEVICE_FAULT}, ...)
 * @param detail the garage's detail text; may be null
 */
public record GateSignal(String lane, String type, String detail) {

  public GateSignal {
    if (lane == null || lane.isBlank() || lane.length() > 64 || type == null || type.isBlank()) {
      throw new IllegalArgumentException("a gate signal names its lane (1-64) and its type");
    }
    type = type.length() > 64 ? type.substring(0, 64) : type;
    detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
  }

  /** The lane's I/O module stopped answering: the lane is out of service until it answers again. */
  public boolean isFault() {
    return "DEVICE_FAULT".equals(type);
  }
}
