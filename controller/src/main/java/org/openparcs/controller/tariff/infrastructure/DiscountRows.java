package org.openparcs.controller.tariff.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Currency;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.Discount;

/** Reads a row of table {@code validation} as the discount it gives. */
public final class DiscountRows {

  /** The columns {@link #discount} reads, for a SELECT list. */
  public static final String COLUMNS =
      "kind, free_minutes, amount_minor, basis_points, cap_minor, currency";

  private DiscountRows() {}

  public static Discount discount(ResultSet rs) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency"));
    long capMinor = rs.getLong("cap_minor");
    Money cap = rs.wasNull() ? null : Money.of(capMinor, currency);
    String kind = rs.getString("kind");
    if ("FREE_TIME".equals(kind)) {
      return new Discount.FreeTime(Duration.ofMinutes(rs.getInt("free_minutes")), cap);
    }
    if ("FIXED_AMOUNT".equals(kind)) {
      return new Discount.FixedAmount(Money.of(rs.getLong("amount_minor"), currency));
    }
    return new Discount.Percentage(rs.getInt("basis_points"), cap);
  }
}
