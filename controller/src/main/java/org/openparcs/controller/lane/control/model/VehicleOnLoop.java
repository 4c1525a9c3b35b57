package org.openparcs.controller.lane.control.model;

/**
 * The vehicle standing on a lane's arming loop, known by its arrival number (each arrival on the
 * loop, caught by the inputs or the loop counters, counts one up).
 *
 * @param awaitingRead whether the lane waits for this vehicle's read (lane in NORMAL or FULL mode,
 *     nothing decided for this arrival yet)
 */
public record VehicleOnLoop(long arrival, boolean awaitingRead) {}
