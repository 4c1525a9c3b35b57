package org.openparcs.controller.lane.application;

import java.util.Optional;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.gate.model.VendResult;
import org.openparcs.controller.plate.model.PlateRead;

/**
 * What the lane did with one vehicle's read: the read decided on, the stored decision, and the vend
 * result when the decision was a grant.
 */
public record LaneOutcome(PlateRead read, RecordedDecision decision, Optional<VendResult> vend) {}
