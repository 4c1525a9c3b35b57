package org.openparcs.controller.reconciliation.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.tariff.model.Discount;

/** What the revenue report is made of: visitor stays that left, and money taken. */
public interface RevenueFigures {

  /** Every visitor stay that left in the period, with its validations, streamed. */
  void forEachVisitorStay(Period period, Consumer<StayFigure> stay);

  /**
   * Money taken in the period (payments less voids and refunds), by hour, lane, method, cashier.
   */
  List<CollectedFigure> collected(Period period);

  /** A visitor stay that left. */
  record StayFigure(
      UUID sessionId,
      Instant enteredAt,
      Instant exitedAt,
      String exitLane,
      String tariffVersion,
      List<Discount> discounts) {}

  /**
   * Money of one group.
   *
   * @param hour the UTC hour the money was taken in
   * @param netMinor payments less voids and refunds, minor units
   */
  record CollectedFigure(
      Instant hour, String lane, String method, String cashier, long netMinor, long transactions) {}
}
