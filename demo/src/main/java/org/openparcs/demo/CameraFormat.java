package org.openparcs.demo;

/** How a demo camera sends what it sees to the controller. */
public enum CameraFormat {
  /** Hikvision ISAPI ANPR: multipart anpr.xml with the plate and JPEG pictures. */
  HIKVISION_ISAPI,
  /** The Plate Recognizer webhook: JSON naming the camera, with the best-scoring plate. */
  PLATE_RECOGNIZER,
  /** JPEG frames only: the controller reads the plate itself. */
  FRAMES
}
