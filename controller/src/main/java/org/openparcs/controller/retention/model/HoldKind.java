package org.openparcs.controller.retention.model;

/** What a legal hold keeps (POLICY R3): one read, one session, or every record of one plate. */
public enum HoldKind {
  /** One plate read, by its read id. */
  READ,
  /** One parking session, by its id. */
  SESSION,
  /** Every read, decision, session and payment of one plate. */
  PLATE
}
