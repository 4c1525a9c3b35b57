package org.openparcs.controller.lane.device.model;

import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.DenialReason;
import org.openparcs.controller.shared.model.Money;

/** Which message a lane display shows, idle or after a decision. */
public final class LaneMessages {

  private final String garageName;

  public LaneMessages(String garageName) {
    this.garageName = garageName;
  }

  /** What the display shows with nobody at the lane. */
  public LaneMessage idle(Direction direction) {
    return direction == Direction.ENTRY ? LaneMessage.welcome(garageName) : LaneMessage.exitIdle();
  }

  /**
   * After a decision: a refusal sends the driver to the attendant; an exit shows what is still due
   * (when the quote knows it), an entry the greeting.
   *
   * @param due what the stay still owes at exit, or empty when there is no priced stay
   */
  public LaneMessage after(Direction direction, AccessDecision decision, Optional<Money> due) {
    return decision.match(
        granted -> {
          if (direction == Direction.ENTRY) {
            return LaneMessage.pleaseDriveIn();
          }
          return due.filter(Money::isPositive)
              .map(LaneMessage::amountDue)
              .orElseGet(LaneMessage::nothingDue);
        },
        denied ->
            denied.reason() == DenialReason.PAYMENT_DUE && due.filter(Money::isPositive).isPresent()
                ? LaneMessage.amountDue(due.get())
                : LaneMessage.seeAttendant(denied.reason().name().replace('_', ' ')));
  }
}
