package org.openparcs.portal.report.model;

/**
 * Reads, hits and operator corrections at one place in a year (POLICY K4).
 *
 * @param garage the garage's id
 * @param lane the lane
 * @param camera the camera
 * @param location the camera's registered name and position; "" when it is not registered
 * @param reads plate reads
 * @param hits hot-list hits
 * @param corrections reads an operator corrected
 */
public record LocationCount(
    String garage,
    String lane,
    String camera,
    String location,
    long reads,
    long hits,
    long corrections) {

  /** "garage / lane / camera". */
  public String place() {
    return garage
        + " / "
        + (lane.isEmpty() ? "-" : lane)
        + " / "
        + (camera.isEmpty() ? "-" : camera);
  }
}
