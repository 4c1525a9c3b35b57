package org.openparcs.controller.reconciliation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.reconciliation.model.Reconciling.context;
import static org.openparcs.controller.reconciliation.model.Reconciling.id;
import static org.openparcs.controller.reconciliation.model.Reconciling.la;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LostTicketRuleTest {

  private final FakeGarageRecords records = new FakeGarageRecords();

  private void lost(int n, Instant at) {
    records.lostTickets.add(
        new GarageRecords.PaymentRecord(id(n), "r" + n, "L" + n, 5000, null, at));
  }

  @Test
  void aLocalDayWithMoreThanFivePercentLostTicketsIsAFinding() {
    records.visitorExits.add(new GarageRecords.HourCount(la("2026-11-24T14:00"), 90));
    for (int i = 0; i < 6; i++) {
      lost(i, la("2026-11-24T15:00"));
    }
    records.visitorExits.add(new GarageRecords.HourCount(la("2026-11-25T14:00"), 100));
    for (int i = 10; i < 14; i++) {
      lost(i, la("2026-11-25T15:00"));
    }

    assertThat(new LostTicketRule().evaluate(records, context()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RuleCode.LOST_TICKET_RATIO);
              assertThat(f.subject()).isEqualTo("2026-11-24");
              assertThat(f.evidence().payments()).hasSize(6);
            });
  }

  @Test
  void aQuietDayIsNotJudgedByRatio() {
    records.visitorExits.add(new GarageRecords.HourCount(la("2026-11-24T14:00"), 10));
    lost(1, la("2026-11-24T15:00"));
    lost(2, la("2026-11-24T16:00"));

    assertThat(new LostTicketRule().evaluate(records, context())).isEmpty();
  }

  @Test
  void aClaimByAVehicleSeenEnteringPutsTheStayFeeAtRisk() {
    records.claims.add(
        new GarageRecords.LostTicketClaim(
            id(1), "7ABC123", la("2026-11-26T10:00"), 5000, id(2), la("2026-11-24T10:00")));

    assertThat(new LostTicketRule().evaluate(records, context()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RuleCode.LOST_TICKET_WITH_ENTRY);
              assertThat(f.amountAtRisk().minor()).isEqualTo(2 * 3000 - 5000);
              assertThat(f.evidence().reads()).containsExactly(id(2));
            });
  }
}
