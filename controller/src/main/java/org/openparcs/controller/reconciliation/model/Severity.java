package org.openparcs.controller.reconciliation.model;

/** How urgently an auditor should look. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
