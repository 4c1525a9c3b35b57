package org.openparcs.controller.reconciliation.model;

import java.util.List;

/**
 * Control 3: more vehicles went through than the barrier was opened for. Every vehicle after the
 * first within an opening's window followed without a credential; at risk: a lost-ticket fee each.
 */
public final class TailgatingRule implements ReconciliationRule {

  @Override
  public String name() {
    return "tailgating";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    Thresholds t = c.thresholds();
    return records.crowdedOpenings(c.period(), t.vendWindow(), t.authorizedOpenTypes()).stream()
        .map(
            o -> {
              int extra = o.passages().size() - 1;
              return new Finding(
                  RuleCode.TAILGATING,
                  o.openingEventId().toString(),
                  Severity.HIGH,
                  Fees.lostTicket(c, o.at()).times(extra),
                  o.passages().size()
                      + " vehicles through lane "
                      + o.lane()
                      + " on one opening: "
                      + extra
                      + " followed without a credential",
                  Evidence.builder().gateEvent(o.openingEventId()).gateEvents(o.passages()).build(),
                  o.at());
            })
        .toList();
  }
}
