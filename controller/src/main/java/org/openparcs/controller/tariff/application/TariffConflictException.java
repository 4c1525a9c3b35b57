package org.openparcs.controller.tariff.application;

/** A tariff version that would rewrite published prices. */
public class TariffConflictException extends RuntimeException {
  public TariffConflictException(String message) {
    super(message);
  }
}
