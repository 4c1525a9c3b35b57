package org.openparcs.controller.lane.control.model;

import org.openparcs.controller.lane.gate.model.SensorState;

/**
 * A lane as operators see it now.
 *
 * @param sensors null while the lane is out of service: a state it does not know is not shown
 * @param vendsInProgress granted vehicles not yet counted through
 */
public record LaneSnapshot(
    LanePhase phase, LaneMode mode, SensorState sensors, int vendsInProgress) {}
