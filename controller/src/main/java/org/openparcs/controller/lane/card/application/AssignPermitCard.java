package org.openparcs.controller.lane.card.application;

import java.time.Clock;
import java.util.UUID;
import org.openparcs.controller.lane.card.model.CardNumber;
import org.openparcs.controller.shared.application.Transactions;

/** Gives a permit holder a card, which then opens the lanes as the permit's plate does. */
public final class AssignPermitCard {

  private final PermitCards cards;
  private final Transactions tx;
  private final Clock clock;

  public AssignPermitCard(PermitCards cards, Transactions tx, Clock clock) {
    this.cards = cards;
    this.tx = tx;
    this.clock = clock;
  }

  /** False when there is no such permit. */
  public boolean assign(UUID permitId, CardNumber card) {
    return tx.inTransaction(
        () -> {
          if (!cards.permitExists(permitId)) {
            return false;
          }
          cards.assign(permitId, card, clock.instant());
          return true;
        });
  }
}
