package org.openparcs.controller.camera.application;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.openparcs.controller.camera.model.SnapshotCamera;

/**
 * Pulls frames from a camera's snapshot URI: up to the camera's number of pulls at its interval,
 * each only while {@code wanted} holds, each frame handed to {@code frames}. Never blocks the
 * caller; a camera that does not answer costs its own pull only.
 */
public interface SnapshotPulls {
  void start(SnapshotCamera camera, long arrival, BooleanSupplier wanted, Consumer<byte[]> frames);
}
