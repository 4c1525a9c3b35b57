package org.openparcs.controller.reconciliation.model;

import java.util.List;

/**
 * Control 11: the same plate read at two lanes facing the same way within minutes: two vehicles
 * carry it (a cloned plate riding on another's permit or session).
 */
public final class PlateInTwoPlacesRule implements ReconciliationRule {

  @Override
  public String name() {
    return "same plate at two places at once";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    return records.plateInTwoPlaces(c.period(), c.thresholds().twoPlacesWindow()).stream()
        .map(
            t ->
                new Finding(
                        RuleCode.PLATE_IN_TWO_PLACES,
                        t.secondReadId().toString(),
                        Severity.HIGH,
                        c.zero(),
                        t.plate()
                            + " read at "
                            + t.firstLane()
                            + " ("
                            + t.firstAt()
                            + ") and at "
                            + t.secondLane()
                            + " ("
                            + t.secondAt()
                            + ")",
                        Evidence.builder().read(t.firstReadId()).read(t.secondReadId()).build(),
                        t.secondAt())
                    .withPlates(t.plate()))
        .toList();
  }
}
