package org.openparcs.controller.retention.model;

/** The keys of the data classes a garage holds (the portal's names, POLICY R1). */
public final class DataClasses {

  /** Plate reads, their frame images, and the plate text of what was decided on them. */
  public static final String PLATE_READS = "plate-reads";

  /** The plate fields of parking sessions and of the payments made for them. */
  public static final String SESSION_PLATES = "session-plates";

  private DataClasses() {}
}
