package org.openparcs.bridge.camera;

import java.time.Instant;
import java.util.List;

/**
 * One plate read as a camera pushed it, whatever its format: what the controller turns into its own
 * plate read.
 *
 * @param format the push format ({@code hikvision-isapi}, {@code platerecognizer})
 * @param cameraId the camera as the payload names it (channel, {@code camera_id}), or null
 * @param plate the plate text as sent, or null when the camera saw a vehicle but read no plate
 * @param confidence the camera's confidence in the read, 0..1 (0 for a no-read)
 * @param region the region code the camera reported (e.g. {@code us-ca}), or null
 * @param box where the plate is in the first image, or null
 * @param direction {@code forward}, {@code reverse}, or null when the camera does not say
 * @param capturedAt when the camera saw the plate, by its clock
 * @param images the pictures that came with the read, checked to be JPEG images
 */
public record CameraPush(
    String format,
    String cameraId,
    String plate,
    double confidence,
    String region,
    Box box,
    String direction,
    Instant capturedAt,
    List<PushedImage> images) {

  public CameraPush {
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
    if (format == null || capturedAt == null) {
      throw new IllegalArgumentException("a push has a format and a capture time");
    }
    images = List.copyOf(images);
  }

  /** A plate's place in the picture, in pixels from the top-left corner. */
  public record Box(int x, int y, int width, int height) {}

  /** True when the camera read a plate. */
  public boolean hasPlate() {
    return plate != null;
  }
}
