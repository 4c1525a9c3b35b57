package org.openparcs.controller.payment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.shared.model.Money;

class ReversalsTest {

  private static Money usd(long cents) {
    return Money.of(cents, Currency.getInstance("USD"));
  }

  @Test
  void aVoidCancelsAWholeUntouchedPayment() {
    assertThat(Reversals.problem(PaymentKind.VOID, usd(800), usd(800), usd(800))).isEmpty();
    assertThat(Reversals.problem(PaymentKind.VOID, usd(500), usd(800), usd(800)))
        .hasValueSatisfying(m -> assertThat(m).contains("whole payment"));
    assertThat(Reversals.problem(PaymentKind.VOID, usd(800), usd(800), usd(600)))
        .hasValueSatisfying(m -> assertThat(m).contains("already"));
  }

  @Test
  void refundsGiveBackAtMostWhatIsLeft() {
    assertThat(Reversals.problem(PaymentKind.REFUND, usd(200), usd(800), usd(300))).isEmpty();
    assertThat(Reversals.problem(PaymentKind.REFUND, usd(400), usd(800), usd(300))).isPresent();
    assertThat(Reversals.problem(PaymentKind.REFUND, usd(0), usd(800), usd(800))).isPresent();
  }
}
