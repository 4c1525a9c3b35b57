package org.openparcs.portal.revenue.web;

import java.math.BigDecimal;
import java.util.Currency;

/** Money in minor units as text: {@code USD 12.50}. */
final class Amounts {

  private Amounts() {}

  static String of(long minor, String currency) {
    int digits = 2;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException | NullPointerException e) {
      // Unknown code: shown with two decimals, as most are.
    }
    return (currency == null ? "" : currency + " ")
        + BigDecimal.valueOf(minor, digits).toPlainString();
  }
}
