package org.openparcs.portal.ingest.model;

/**
 * What a {@code plate_read} or {@code plate_correction} event says that the portal acts on at
 * ingest: the plate (hot-list matching, POLICY S3) and the place (the tallies of the annual report,
 * POLICY K4). A correction carries no plate here: the report counts it, nothing matches it.
 *
 * @param plate the plate read; null for a correction
 * @param lane the lane, as the garage names it ("" when not given)
 * @param camera the camera, as the garage names it ("" when not given)
 * @param correction whether it is an operator's correction of an earlier read (POLICY K3)
 * @param changed for a correction: whether the corrected text differs from the text read
 */
public record ReadFacts(
    String plate, String lane, String camera, boolean correction, boolean changed) {

  public ReadFacts {
    lane = cut(lane);
    camera = cut(camera);
  }

  private static String cut(String s) {
    return s == null ? "" : s.length() <= 64 ? s : s.substring(0, 64);
  }
}
