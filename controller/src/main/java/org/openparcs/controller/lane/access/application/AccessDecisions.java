package org.openparcs.controller.lane.access.application;

import org.openparcs.controller.lane.access.model.RecordedDecision;

/** Where access decisions are kept. */
public interface AccessDecisions {
  void save(RecordedDecision decision);
}
