package org.openparcs.controller.occupancy.application;

import org.openparcs.controller.occupancy.model.Occupancy;
import org.openparcs.controller.shared.application.Transactions;

/** Occupancy now, per garage and per permit group, read from the open sessions. */
public final class ShowOccupancy {

  private final Occupancies occupancies;
  private final Transactions tx;
  private final int capacity;

  /**
   * @param capacity the garage's spaces; 0 when not configured
   */
  public ShowOccupancy(Occupancies occupancies, Transactions tx, int capacity) {
    this.occupancies = occupancies;
    this.tx = tx;
    this.capacity = capacity;
  }

  public Occupancy now() {
    return tx.readOnly(
        () -> {
          int[] inside = occupancies.inside();
          return new Occupancy(
              inside[0], inside[1], inside[0] - inside[1], capacity, occupancies.groups());
        });
  }
}
