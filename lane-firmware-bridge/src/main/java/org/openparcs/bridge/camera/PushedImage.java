package org.openparcs.bridge.camera;

import java.util.Arrays;

/**
 * A picture pushed with a read, checked to be a JPEG image whose header gives its size.
 *
 * @param role what it shows: {@code plate} (the plate crop) or {@code scene} (the vehicle)
 * @param jpeg the bytes as received
 * @param width pixels, from the JPEG header
 * @param height pixels, from the JPEG header
 */
public record PushedImage(String role, byte[] jpeg, int width, int height) {

  public PushedImage {
    jpeg = jpeg.clone();
  }

  @Override
  public byte[] jpeg() {
    return jpeg.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PushedImage p
        && p.role.equals(role)
        && Arrays.equals(p.jpeg, jpeg)
        && p.width == width
        && p.height == height;
  }

  @Override
  public int hashCode() {
    return role.hashCode() * 31 + Arrays.hashCode(jpeg);
  }

  @Override
  public String toString() {
    return "PushedImage[" + role + ", " + width + "x" + height + ", " + jpeg.length + " bytes]";
  }
}
