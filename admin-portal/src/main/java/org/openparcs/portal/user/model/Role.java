package org.openparcs.portal.user.model;

/** The portal's roles (POLICY A5); the names match table {@code role}. */
public enum Role {
  /** ALPR coordinator/administrator: grants access, approves requests, runs purges. */
  COORDINATOR,
  /** Garage operator: lane exceptions at own garages. */
  OPERATOR,
  /** Revenue auditor: transactions and reconciliation. */
  REVENUE_AUDITOR,
  /** Contracted vendor: only the garages and data its contract names. */
  VENDOR,
  /** Auditor from outside the operating unit: reads the audit trail. */
  EXTERNAL_AUDITOR
}
