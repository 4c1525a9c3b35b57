package org.openparcs.controller.protection.infrastructure;

/**
 * The AAD context of each sealed garage column (POLICY K1): a value sealed for one column fails to
 * open in another.
 */
public final class SealedContexts {
  public static final String FRAME_IMAGE = "garage.plate_frame.image";
  public static final String OUTBOX_PAYLOAD = "garage.outbox.payload";

  private SealedContexts() {}

  /** The context of {@code table.column}. */
  public static String of(String table, String column) {
    return "garage." + table + "." + column;
  }
}
