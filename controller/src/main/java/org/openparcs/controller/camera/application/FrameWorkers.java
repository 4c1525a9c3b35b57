package org.openparcs.controller.camera.application;

import org.openparcs.controller.garage.model.LaneId;

/**
 * The bounded pool that reads frames. Each lane may have only so many frames waiting or being read,
 * so a camera that floods its lane never starves the others.
 */
public interface FrameWorkers {
  /** Queues {@code job} for the lane; false when the lane's share of the queue is full. */
  boolean submit(LaneId lane, Runnable job);
}
