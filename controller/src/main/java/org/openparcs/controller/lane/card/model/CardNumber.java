package org.openparcs.controller.lane.card.model;

/**
 * A credential card's number as a reader reports it: {@code facility:number} for 26-bit Wiegand
 * cards, the characters of a formatted read, {@code raw<bits>:<hex>} for other raw reads.
 */
public record CardNumber(String value) {

  public CardNumber {
    if (value == null || !value.matches("[A-Za-z0-9:-]{1,40}")) {
      throw new IllegalArgumentException(
          "a card number is 1-40 letters, digits, ':' or '-', e.g. 12:34567");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
