package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The limits the reconciliation rules judge by. Defaults in {@link #standard()}; a garage tunes
 * them by configuration ({@code parcs.reconciliation.*}).
 *
 * @param vendWindow how long after a vend an arm lift or a vehicle passing belongs to it
 * @param authorizedOpenTypes gate event types that authorise an opening: the vend of a granted
 *     decision, a recorded operator vend, and an operator's hold-open (an audited lane mode)
 * @param stayLimit an entry with no exit after this long is a finding
 * @param permitCapacity vehicles a permit may have inside at once
 * @param lostTicketRatioBasisPoints lost tickets per 10000 exits on one day above which the day is
 *     a finding
 * @param lostTicketMinExits days with fewer exits are not judged by ratio (too few to tell)
 * @param lostTicketLookback how far back the plate inventory is searched for a claimant's entry
 * @param merchantNormFactor a merchant's day above this multiple of its median day is a finding
 * @param merchantMinPerDay days with fewer validations from the merchant are never findings
 * @param merchantLookbackDays days before the period that make a merchant's norm
 * @param cashierVoidRatioBasisPoints voids per 10000 payments of a cashier above which the
 *     cashier's period is a finding
 * @param cashierMinPayments cashiers with fewer payments are not judged by ratio
 * @param exitGrace how long a driver has from paying to leaving
 * @param twoPlacesWindow the same plate read at two lanes facing the same way within this time is
 *     two vehicles
 */
public record Thresholds(
    Duration vendWindow,
    Set<String> authorizedOpenTypes,
    Duration stayLimit,
    int permitCapacity,
    int lostTicketRatioBasisPoints,
    int lostTicketMinExits,
    Duration lostTicketLookback,
    int merchantNormFactor,
    int merchantMinPerDay,
    int merchantLookbackDays,
    int cashierVoidRatioBasisPoints,
    int cashierMinPayments,
    Duration exitGrace,
    Duration twoPlacesWindow) {

  public Thresholds {
    Objects.requireNonNull(vendWindow, "vendWindow");
    authorizedOpenTypes = Set.copyOf(authorizedOpenTypes);
    Objects.requireNonNull(stayLimit, "stayLimit");
    Objects.requireNonNull(lostTicketLookback, "lostTicketLookback");
    Objects.requireNonNull(exitGrace, "exitGrace");
    Objects.requireNonNull(twoPlacesWindow, "twoPlacesWindow");
    if (authorizedOpenTypes.isEmpty() || !authorizedOpenTypes.contains("VEND")) {
      throw new IllegalArgumentException("the authorised opening types include VEND");
    }
    for (String type : authorizedOpenTypes) {
      if (!type.matches("[A-Z_]{1,40}")) {
        throw new IllegalArgumentException("'" + type + "' is not a gate event type");
      }
    }
    if (permitCapacity < 1 || merchantNormFactor < 2 || merchantLookbackDays < 7) {
      throw new IllegalArgumentException(
          "permit capacity >= 1, merchant norm factor >= 2, merchant lookback >= 7 days");
    }
    if (vendWindow.isNegative() || vendWindow.isZero() || exitGrace.isNegative()) {
      throw new IllegalArgumentException("the vend window and exit grace are positive");
    }
  }

  public static Thresholds standard() {
    return new Thresholds(
        Duration.ofSeconds(60),
        Set.of("VEND", "OPERATOR_VEND", "HOLD_OPEN"),
        Duration.ofHours(72),
        1,
        500,
        20,
        Duration.ofDays(7),
        3,
        10,
        28,
        1000,
        20,
        Duration.ofMinutes(15),
        Duration.ofMinutes(2));
  }
}
