package org.openparcs.controller.lane.device.application;

import java.util.Optional;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.lane.access.model.DenialReason;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.device.model.LaneMessage;
import org.openparcs.controller.lane.device.model.LaneMessages;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.application.QuoteFee;

/**
 * Tells the driver at a lane what was decided: at exit the amount still due (from the same quote a
 * pay station gives), a refusal "see attendant". The message shows for a while, then the lane's
 * idle message returns.
 */
public final class AnnounceDecision {

  /** How long an outcome stays on the display. */
  public static final int SECONDS = 20;

  private final LaneMessages messages;
  private final QuoteFee quotes;
  private final LaneDisplays displays;

  public AnnounceDecision(LaneMessages messages, QuoteFee quotes, LaneDisplays displays) {
    this.messages = messages;
    this.quotes = quotes;
    this.displays = displays;
  }

  public LaneMessage announce(Lane lane, RecordedDecision decision, PlateText credential) {
    Optional<Money> due =
        lane.direction() == Direction.EXIT && (decision.granted() || heldForPayment(decision))
            ? quotes
                .quote(credential)
                .match(
                    q -> Optional.of(q.quote().due()), n -> Optional.empty(), n -> Optional.empty())
            : Optional.empty();
    LaneMessage message = messages.after(lane.direction(), decision.decision(), due);
    displays.flash(lane.id(), message, SECONDS);
    return message;
  }

  private static boolean heldForPayment(RecordedDecision decision) {
    return decision.decision().match(g -> false, d -> d.reason() == DenialReason.PAYMENT_DUE);
  }

  /** The lane's idle message, e.g. when its display comes (back) online. */
  public void idle(Lane lane) {
    displays.show(lane.id(), messages.idle(lane.direction()));
  }
}
