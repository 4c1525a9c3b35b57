package org.openparcs.controller.reconciliation.model;

import java.util.List;

/**
 * Control 1: the barrier lifted, or a vehicle went through, with no vend of a granted decision and
 * no recorded operator vend just before on that lane. Each is a vehicle the garage let through
 * without a credential or payment; at risk: a lost-ticket fee.
 */
public final class GateOpenedWithoutVendRule implements ReconciliationRule {

  @Override
  public String name() {
    return "gate opened without credential, payment or operator vend";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    Thresholds t = c.thresholds();
    return records.unexplainedOpenings(c.period(), t.vendWindow(), t.authorizedOpenTypes()).stream()
        .map(
            o ->
                new Finding(
                    RuleCode.GATE_OPENED_WITHOUT_VEND,
                    o.gateEventId().toString(),
                    Severity.HIGH,
                    Fees.lostTicket(c, o.at()),
                    o.type()
                        + " on lane "
                        + o.lane()
                        + " with no vend or operator vend in the "
                        + t.vendWindow().toSeconds()
                        + " s before",
                    Evidence.builder().gateEvent(o.gateEventId()).build(),
                    o.at()))
        .toList();
  }
}
