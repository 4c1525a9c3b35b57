package org.openparcs.controller.lane.gate.application;

import org.openparcs.controller.lane.gate.model.GateEvent;

/** Where gate events are kept. */
public interface GateEvents {
  void save(GateEvent event);
}
