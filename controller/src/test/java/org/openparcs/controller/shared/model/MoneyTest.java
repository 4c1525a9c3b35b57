package org.openparcs.controller.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void addsAndSubtractsInMinorUnits() {
    assertThat(Money.of(1050, USD).plus(Money.of(250, USD))).isEqualTo(Money.of(1300, USD));
    assertThat(Money.of(1050, USD).minus(Money.of(2000, USD)).minor()).isEqualTo(-950);
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of(100, USD).plus(Money.of(100, EUR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USD")
        .hasMessageContaining("EUR");
  }

  @Test
  void overflowThrowsInsteadOfWrapping() {
    assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, USD).plus(Money.of(1, USD)))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest(name = "{0} minor units x {1} bp = {2}")
  @CsvSource({"1000,2500,250", "999,5000,500", "333,3333,111", "1,5000,1", "1,4999,0", "0,10000,0"})
  void percentagesRoundHalfUpToAWholeMinorUnit(long minor, long basisPoints, long expected) {
    assertThat(Money.of(minor, USD).percent(basisPoints).minor()).isEqualTo(expected);
  }

  @Test
  void printsInMajorUnitsWithTheCurrencysDigits() {
    assertThat(Money.of(1250, USD)).hasToString("USD 12.50");
    assertThat(Money.of(1250, Currency.getInstance("JPY"))).hasToString("JPY 1250");
  }

  @Test
  void unknownCurrencyCodesAreRefusedWithASentence() {
    assertThatThrownBy(() -> Money.currency("XYZ"))
        .hasMessage("'XYZ' is not an ISO 4217 currency code");
    assertThatThrownBy(() -> Money.currency("usd")).hasMessageContaining("ISO 4217");
    assertThat(Money.currency("EUR")).isEqualTo(EUR);
  }
}
