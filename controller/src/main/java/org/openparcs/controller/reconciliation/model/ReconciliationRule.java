package org.openparcs.controller.reconciliation.model;

import java.util.List;

/**
 * One named control over a period. A rule asks {@link GarageRecords} for the candidates its
 * thresholds select (answered set-based by the database at scale) and judges them into findings.
 */
public interface ReconciliationRule {

  /** The control's name, for logs and reports. */
  String name();

  List<Finding> evaluate(GarageRecords records, RuleContext context);
}
