package org.openparcs.controller.lane.device.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.garage.model.Direction;
import org.openparcs.controller.lane.access.model.AccessDecision;
import org.openparcs.controller.lane.access.model.DenialReason;
import org.openparcs.controller.shared.model.Money;

class LaneMessagesTest {

  private final LaneMessages messages = new LaneMessages("Demo Garage");
  private final Money due = Money.of(1250, Money.currency("USD"));

  @Test
  void anExitHeldForPaymentShowsTheAmountDue() {
    AccessDecision held = new AccessDecision.Denied("PAYMENT_DUE", DenialReason.PAYMENT_DUE);
    assertThat(messages.after(Direction.EXIT, held, Optional.of(due)))
        .isEqualTo(new LaneMessage("AMOUNT DUE", "USD 12.50"));
  }

  @Test
  void aGrantedExitWithNothingDueThanksTheDriver() {
    AccessDecision granted = new AccessDecision.Granted("OPEN_SESSION", null);
    assertThat(
            messages.after(Direction.EXIT, granted, Optional.of(Money.zero(Money.currency("USD")))))
        .isEqualTo(LaneMessage.nothingDue());
  }

  @Test
  void aRefusalSendsTheDriverToTheAttendantAndAnEntryGreets() {
    AccessDecision unknown = new AccessDecision.Denied("UNKNOWN_PLATE", DenialReason.UNKNOWN_PLATE);
    assertThat(messages.after(Direction.ENTRY, unknown, Optional.empty()))
        .isEqualTo(new LaneMessage("PLEASE SEE ATTENDANT", "UNKNOWN PLATE"));
    assertThat(
            messages.after(
                Direction.ENTRY,
                new AccessDecision.Granted("VALID_PERMIT", UUID.randomUUID()),
                Optional.empty()))
        .isEqualTo(LaneMessage.pleaseDriveIn());
    assertThat(messages.idle(Direction.ENTRY)).isEqualTo(new LaneMessage("WELCOME", "Demo Garage"));
  }

  @Test
  void linesAreCutToTheDisplayAndKeptPrintable() {
    LaneMessage m = new LaneMessage("caf\u00e9 " + "x".repeat(40), null);
    assertThat(m.top()).hasSize(LaneMessage.WIDTH).startsWith("caf? ");
    assertThat(m.bottom()).isEqualTo(" ");
  }
}
