package org.openparcs.controller.lane.access.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.lane.access.model.AccessFixtures.NOW;
import static org.openparcs.controller.lane.access.model.AccessFixtures.currentPermit;
import static org.openparcs.controller.lane.access.model.AccessFixtures.entry;
import static org.openparcs.controller.lane.access.model.AccessFixtures.exit;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.shared.model.Money;

class StayRulesTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Duration GRACE = Duration.ofMinutes(15);

  private static final StayFacts VISITORS = StayFacts.none(true);

  private static StayFacts owing(long dueMinor, java.time.Instant paidAt, boolean settled) {
    return new StayFacts(
        true,
        Optional.empty(),
        Optional.of(new ExitCharge(Money.of(dueMinor, USD), paidAt, settled, GRACE)));
  }

  private static AccessDecision decide(AccessRequest request, StayFacts facts) {
    return AccessRules.permitsOnly().withStays(StayPolicies.standard(), r -> facts).decide(request);
  }

  @Test
  void admitsAnUnknownPlateAsAVisitorWhereTheGarageAdmitsVisitors() {
    AccessDecision d = decide(entry(List.of(), Optional.empty()), VISITORS);
    assertThat(d).isEqualTo(new AccessDecision.Granted("VISITOR", null));
  }

  @Test
  void turnsAnUnknownPlateAwayWhereTheGarageAdmitsNoVisitors() {
    AccessDecision d = decide(entry(List.of(), Optional.empty()), StayFacts.none(false));
    assertThat(d.rule()).isEqualTo("NO_RULE_GRANTS");
  }

  @Test
  void turnsAVisitorAwayWhenTheEntryIsFullButAdmitsAPermitHolder() {
    AccessDecision visitor = decide(entry(List.of(), Optional.empty(), LaneMode.FULL), VISITORS);
    assertThat(visitor)
        .isEqualTo(new AccessDecision.Denied("GARAGE_FULL", DenialReason.GARAGE_FULL));
    Permit permit = currentPermit();
    AccessDecision holder =
        decide(entry(List.of(permit), Optional.empty(), LaneMode.FULL), VISITORS);
    assertThat(holder).isEqualTo(new AccessDecision.Granted("VALID_PERMIT", permit.id()));
  }

  @Test
  void refusesAVisitorAlreadyInsideAntiPassback() {
    AccessDecision d = decide(entry(List.of(), Optional.of(UUID.randomUUID())), VISITORS);
    assertThat(d)
        .isEqualTo(new AccessDecision.Denied("ANTI_PASSBACK", DenialReason.ALREADY_INSIDE));
  }

  @Test
  void refusesAPermitHolderWhoseGroupHasItsParksInside() {
    Permit permit = currentPermit();
    StayFacts full =
        new StayFacts(
            true, Optional.of(new StayFacts.PermitParks("Holder", 2, 2)), Optional.empty());
    StayFacts room =
        new StayFacts(
            true, Optional.of(new StayFacts.PermitParks("Holder", 2, 1)), Optional.empty());
    assertThat(decide(entry(List.of(permit), Optional.empty()), full))
        .isEqualTo(new AccessDecision.Denied("PERMIT_PARKS", DenialReason.PERMIT_GROUP_FULL));
    assertThat(decide(entry(List.of(permit), Optional.empty()), room).rule())
        .isEqualTo("VALID_PERMIT");
  }

  @Test
  void keepsTheExitShutWhileTheStayOwesMoney() {
    AccessDecision d =
        decide(exit(List.of(), Optional.of(UUID.randomUUID())), owing(500, null, false));
    assertThat(d).isEqualTo(new AccessDecision.Denied("PAYMENT_DUE", DenialReason.PAYMENT_DUE));
  }

  @Test
  void opensTheExitOnceThePaymentCoversTheFee() {
    AccessDecision d =
        decide(
            exit(List.of(), Optional.of(UUID.randomUUID())), owing(0, NOW.minusSeconds(60), true));
    assertThat(d.rule()).isEqualTo("PAID");
  }

  @Test
  void opensTheExitWithinTheGracePeriodAfterAPaymentInFullThoughTheFeeMovedOn() {
    AccessDecision d =
        decide(
            exit(List.of(), Optional.of(UUID.randomUUID())),
            owing(300, NOW.minus(GRACE).plusSeconds(1), true));
    assertThat(d.rule()).isEqualTo("PAID_WITHIN_GRACE");
  }

  @Test
  void keepsTheExitShutAfterTheGracePeriodUntilTheDifferenceIsPaid() {
    AccessDecision d =
        decide(
            exit(List.of(), Optional.of(UUID.randomUUID())),
            owing(300, NOW.minus(GRACE).minusSeconds(1), true));
    assertThat(d).isEqualTo(new AccessDecision.Denied("PAYMENT_DUE", DenialReason.PAYMENT_DUE));
  }

  @Test
  void letsAPermitHolderOutWithoutPayingWithinThePermitsTerms() {
    Permit permit = currentPermit();
    AccessDecision d = decide(exit(List.of(permit), Optional.of(UUID.randomUUID())), VISITORS);
    assertThat(d).isEqualTo(new AccessDecision.Granted("OPEN_SESSION", permit.id()));
  }
}
