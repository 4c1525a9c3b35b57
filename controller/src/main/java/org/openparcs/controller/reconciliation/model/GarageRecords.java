package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openparcs.controller.tariff.model.Discount;

/**
 * The questions the reconciliation rules ask of what the garage recorded. Each returns only the
 * candidates its arguments (the rules' thresholds) select, so an implementation can answer with one
 * set-based query over millions of rows and hand back a handful.
 */
public interface GarageRecords {

  /**
   * Arm lifts (ARM_UP) and vehicles through (VEHICLE_COUNTED where the lane counts vehicles, else
   * SAFETY_LOOP_CLEARED) not within {@code window} after an authorised opening on the lane.
   */
  List<GateRecord> unexplainedOpenings(Period p, Duration window, Set<String> authorizedTypes);

  /** Authorised openings followed within {@code window} by more than one vehicle through. */
  List<CrowdedOpening> crowdedOpenings(Period p, Duration window, Set<String> authorizedTypes);

  /** Vends at exit lanes whose decision closed no session. */
  List<ExitWithoutEntry> exitsWithoutEntry(Period p);

  /** Sessions still open that entered before {@code enteredBefore}. */
  List<StaleStay> staysOpenSince(Instant enteredBefore);

  /** Stays of permits that had two or more stays overlapping in the period. */
  List<PermitStay> overlappingPermitStays(Period p);

  /** Sessions closed in the period whose exit decision's plate is not the entry plate. */
  List<PlateMismatch> exitPlateMismatches(Period p);

  /** Visitor sessions closed, per UTC hour of exit. */
  List<HourCount> visitorExitsByHour(Period p);

  /** Lost-ticket payments in the period. */
  List<PaymentRecord> lostTicketPayments(Period p);

  /**
   * Lost-ticket payments whose plate was read at an entry lane within {@code lookback} before, with
   * no exit read of it in between.
   */
  List<LostTicketClaim> lostTicketClaimsWithEntry(Period p, Duration lookback, Duration visit);

  /**
   * Validations in the period given outside their stay, to a permit stay, or more than once by one
   * merchant to one stay.
   */
  List<ValidationOnStay> misfitValidations(Period p);

  /** Validations per merchant and UTC hour from {@code from} to {@code to}. */
  List<MerchantHour> merchantValidationsByHour(Instant from, Instant to);

  /** Ids of a merchant's validations from {@code from} to {@code to}. */
  List<UUID> validationsOf(String merchant, Instant from, Instant to);

  /** Payments and voids per cashier in the period. */
  List<CashierTally> cashierTallies(Period p);

  /**
   * Visitor sessions closed in the period whose money looks irregular: no payment, less paid than
   * quoted, more than one payment that was not voided, or an exit more than {@code exitGrace} after
   * the last payment. A stay without payment no longer than {@code freeStay} (the shortest grace
   * period of any tariff) owed nothing and is left out.
   */
  List<PaidStay> irregularPaidStays(Period p, Duration exitGrace, Duration freeStay);

  /** Payments in the period that name no session and are not lost tickets. */
  List<PaymentRecord> paymentsWithoutSession(Period p);

  /** The same plate read at two lanes facing the same way within {@code window}. */
  List<TwoPlaces> plateInTwoPlaces(Period p, Duration window);

  /** The merchant validations of a session. */
  List<Discount> discountsOf(UUID sessionId);

  /** A gate event. */
  record GateRecord(UUID gateEventId, String lane, String type, Instant at) {}

  /** An authorised opening and the vehicles through after it. */
  record CrowdedOpening(UUID openingEventId, String lane, Instant at, List<UUID> passages) {}

  record ExitWithoutEntry(
      UUID gateEventId,
      UUID decisionId,
      UUID readId,
      String plate,
      String lane,
      UUID permitId,
      Instant at) {}

  record StaleStay(
      UUID sessionId,
      String plate,
      UUID permitId,
      UUID entryDecisionId,
      String tariffVersion,
      Instant enteredAt) {}

  /**
   * @param exitedAt null while inside
   */
  record PermitStay(
      UUID permitId,
      UUID sessionId,
      String plate,
      String tariffVersion,
      Instant enteredAt,
      Instant exitedAt) {}

  record PlateMismatch(
      UUID sessionId,
      UUID permitId,
      String entryPlate,
      String exitPlate,
      UUID exitDecisionId,
      UUID exitReadId,
      String tariffVersion,
      Instant enteredAt,
      Instant exitedAt) {}

  record HourCount(Instant hour, long count) {}

  record PaymentRecord(
      UUID paymentId,
      String reference,
      String plate,
      long amountMinor,
      String cashier,
      Instant at) {}

  record LostTicketClaim(
      UUID paymentId,
      String plate,
      Instant paidAt,
      long paidMinor,
      UUID entryReadId,
      Instant entryAt) {}

  /**
   * @param sameMerchantOnStay validations the same merchant gave the same stay
   */
  record ValidationOnStay(
      UUID validationId,
      UUID sessionId,
      String merchant,
      Instant validatedAt,
      Instant enteredAt,
      Instant exitedAt,
      UUID permitId,
      String tariffVersion,
      int sameMerchantOnStay) {}

  record MerchantHour(String merchant, Instant hour, long count) {}

  record CashierTally(
      String cashier, long payments, long voids, long voidedMinor, List<UUID> voidIds) {}

  /**
   * A visitor stay and its money.
   *
   * @param transactions payments, voids and refunds of the stay
   * @param quotedMinor the largest quote its payments settled, or null when none was recorded
   * @param livePayments payments not voided
   * @param lastPaidAt time of the last payment, or null
   */
  record PaidStay(
      UUID sessionId,
      String plate,
      Instant enteredAt,
      Instant exitedAt,
      String tariffVersion,
      int transactions,
      long paidNetMinor,
      Long quotedMinor,
      boolean nil,
      boolean override,
      boolean voided,
      int livePayments,
      Instant lastPaidAt,
      List<UUID> paymentIds) {}

  record TwoPlaces(
      String plate,
      UUID firstReadId,
      String firstLane,
      Instant firstAt,
      UUID secondReadId,
      String secondLane,
      Instant secondAt) {}
}
