package org.openparcs.controller.shared.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in minor units (cents) of an ISO 4217 currency. No floating point: amounts are
 * whole minor units, arithmetic is exact and overflows throw. Amounts of two currencies never mix.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(currency, "currency");
  }

  public static Money of(long minor, Currency currency) {
    return new Money(minor, currency);
  }

  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /** Parses an ISO 4217 code, refusing codes Java does not know. */
  public static Currency currency(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code");
    }
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(minor, same(other).minor), currency);
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(minor, same(other).minor), currency);
  }

  public Money times(long factor) {
    return new Money(Math.multiplyExact(minor, factor), currency);
  }

  /**
   * This amount times {@code basisPoints}/10000 (100 basis points = 1 %), rounded half up to a
   * whole minor unit.
   */
  public Money percent(long basisPoints) {
    long product = Math.multiplyExact(minor, basisPoints);
    long rounded = Math.floorDiv(Math.addExact(product, 5_000), 10_000);
    return new Money(rounded, currency);
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Zero when negative. */
  public Money atLeastZero() {
    return minor < 0 ? zero(currency) : this;
  }

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public boolean isPositive() {
    return minor > 0;
  }

  /** The amount in major units, e.g. {@code 12.50}. */
  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(minor, Math.max(0, currency.getDefaultFractionDigits()));
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(minor, same(other).minor);
  }

  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toDecimal().toPlainString();
  }

  private Money same(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot combine "
              + currency.getCurrencyCode()
              + " with "
              + other.currency.getCurrencyCode());
    }
    return other;
  }
}
