package org.openparcs.controller.lane.card.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.Lane;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.access.application.AccessDecisions;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.AccessRequest;
import org.openparcs.controller.lane.access.model.AccessRules;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.application.VendAtLane;
import org.openparcs.controller.lane.card.model.CardNumber;
import org.openparcs.controller.lane.card.model.CardRead;
import org.openparcs.controller.lane.control.application.LaneControls;
import org.openparcs.controller.lane.device.application.AnnounceDecision;
import org.openparcs.controller.lane.device.application.CardPresented;
import org.openparcs.controller.lane.device.application.LaneDisplays;
import org.openparcs.controller.lane.device.model.LaneMessage;
import org.openparcs.controller.lane.gate.model.VendResult;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.reporting.application.Outbox;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.session.application.Sessions;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card held to a lane's reader is a second credential: it stands for the plate of the permit that
 * carries it, so a permit holder whose plate the camera did not read still gets in. The same access
 * rules decide as for a read of that plate (anti-passback, validity, lane mode); the decision
 * records the rule with the prefix {@code CARD_} and is committed with the card read before the
 * lane is asked to vend, which it does only for a vehicle on the arming loop.
 */
public final class HandleCardRead implements CardPresented {

  private static final Logger LOG = LoggerFactory.getLogger(HandleCardRead.class);

  /** The rule prefix that tells a card decision from a plate decision. */
  public static final String CARD_RULE_PREFIX = "CARD_";

  /**
   * What a card read led to.
   *
   * @param decision empty for a card no permit carries
   */
  public record CardOutcome(
      CardRead read, Optional<RecordedDecision> decision, Optional<VendResult> vend) {}

  private final GarageLayout garage;
  private final AccessRules rules;
  private final PermitCards cards;
  private final Permits permits;
  private final Sessions sessions;
  private final AccessDecisions decisions;
  private final CardReads cardReads;
  private final LaneControls lanes;
  private final VendAtLane vendAtLane;
  private final LaneDisplays displays;
  private final Outbox outbox;
  private final Transactions tx;
  private final Clock clock;

  public HandleCardRead(
      GarageLayout garage,
      AccessRules rules,
      PermitCards cards,
      Permits permits,
      Sessions sessions,
      AccessDecisions decisions,
      CardReads cardReads,
      LaneControls lanes,
      VendAtLane vendAtLane,
      LaneDisplays displays,
      Outbox outbox,
      Transactions tx,
      Clock clock) {
    this.garage = garage;
    this.rules = rules;
    this.cards = cards;
    this.permits = permits;
    this.sessions = sessions;
    this.decisions = decisions;
    this.cardReads = cardReads;
    this.lanes = lanes;
    this.vendAtLane = vendAtLane;
    this.displays = displays;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void presented(LaneId laneId, String reader, String cardNumber) {
    CardNumber card;
    try {
      card = new CardNumber(cardNumber);
    } catch (IllegalArgumentException e) {
      LOG.warn("reader {} at {}: card number refused: {}", reader, laneId, e.getMessage());
      return;
    }
    handle(laneId, reader, card);
  }

  public CardOutcome handle(LaneId laneId, String reader, CardNumber card) {
    Lane lane = garage.lane(laneId).orElseThrow();
    Instant now = clock.instant();
    CardRead read = new CardRead(TimeOrderedId.at(now), laneId, reader, card, now);
    Optional<RecordedDecision> decision = tx.inTransaction(() -> recordAndDecide(lane, read, now));
    if (decision.isEmpty()) {
      LOG.info("card {} at {}: no permit carries it", card, laneId);
      displays.flash(
          laneId, LaneMessage.seeAttendant("CARD NOT RECOGNISED"), AnnounceDecision.SECONDS);
      return new CardOutcome(read, decision, Optional.empty());
    }
    RecordedDecision d = decision.get();
    LOG.info(
        "card {} at {}: {} by {} for {}",
        card,
        laneId,
        d.granted() ? "granted" : "denied",
        d.decision().rule(),
        d.plate());
    Optional<VendResult> vend = vendAtLane.vend(lane, d); // which tells the driver too
    return new CardOutcome(read, decision, vend);
  }

  private Optional<RecordedDecision> recordAndDecide(Lane lane, CardRead read, Instant now) {
    List<PlateText> plates = cards.platesOf(read.card());
    if (plates.isEmpty()) {
      cardReads.save(read, null);
      return Optional.empty();
    }
    PlateText plate = plateWithValidPermit(plates, now);
    AccessRequest request =
        new AccessRequest(
            lane.direction(),
            plate,
            now,
            permits.forPlate(plate),
            sessions.openFor(plate).map(OpenSession::id),
            lanes.mode(lane.id()));
    RecordedDecision recorded =
        new RecordedDecision(
            TimeOrderedId.at(now), null, lane.id(), plate, byCard(rules.decide(request)), now);
    decisions.save(recorded);
    cardReads.save(read, recorded.id());
    outbox.append(new GarageEvent.AccessDecided(recorded), now);
    return Optional.of(recorded);
  }

  /** A card on several permits (a renewed one, say) stands for the one valid now, if any. */
  private PlateText plateWithValidPermit(List<PlateText> plates, Instant now) {
    for (PlateText plate : plates) {
      if (permits.forPlate(plate).stream().anyMatch(p -> p.isValidAt(now))) {
        return plate;
      }
    }
    return plates.get(0);
  }

  private static AccessDecision byCard(AccessDecision decision) {
    return decision.match(
        g -> new AccessDecision.Granted(CARD_RULE_PREFIX + g.rule(), g.permitId()),
        d -> new AccessDecision.Denied(CARD_RULE_PREFIX + d.rule(), d.reason()));
  }
}
