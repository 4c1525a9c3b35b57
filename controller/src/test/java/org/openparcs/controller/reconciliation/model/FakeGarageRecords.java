package org.openparcs.controller.reconciliation.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openparcs.controller.tariff.model.Discount;

/** Records handed to the rules as given: each list is what the database would have selected. */
class FakeGarageRecords implements GarageRecords {

  final List<GateRecord> unexplained = new ArrayList<>();
  final List<CrowdedOpening> crowded = new ArrayList<>();
  final List<ExitWithoutEntry> exitsWithoutEntry = new ArrayList<>();
  final List<StaleStay> stale = new ArrayList<>();
  final List<PermitStay> permitStays = new ArrayList<>();
  final List<PlateMismatch> mismatches = new ArrayList<>();
  final List<HourCount> visitorExits = new ArrayList<>();
  final List<PaymentRecord> lostTickets = new ArrayList<>();
  final List<LostTicketClaim> claims = new ArrayList<>();
  final List<ValidationOnStay> misfits = new ArrayList<>();
  final List<MerchantHour> merchantHours = new ArrayList<>();
  final List<CashierTally> cashiers = new ArrayList<>();
  final List<PaidStay> paidStays = new ArrayList<>();
  final List<PaymentRecord> withoutSession = new ArrayList<>();
  final List<TwoPlaces> twoPlaces = new ArrayList<>();
  final Map<UUID, List<Discount>> discounts = new HashMap<>();

  @Override
  public List<GateRecord> unexplainedOpenings(Period p, Duration window, Set<String> auth) {
    return unexplained;
  }

  @Override
  public List<CrowdedOpening> crowdedOpenings(Period p, Duration window, Set<String> auth) {
    return crowded;
  }

  @Override
  public List<ExitWithoutEntry> exitsWithoutEntry(Period p) {
    return exitsWithoutEntry;
  }

  @Override
  public List<StaleStay> staysOpenSince(Instant enteredBefore) {
    return stale.stream().filter(s -> s.enteredAt().isBefore(enteredBefore)).toList();
  }

  @Override
  public List<PermitStay> overlappingPermitStays(Period p) {
    return new ArrayList<>(permitStays);
  }

  @Override
  public List<PlateMismatch> exitPlateMismatches(Period p) {
    return mismatches;
  }

  @Override
  public List<HourCount> visitorExitsByHour(Period p) {
    return visitorExits;
  }

  @Override
  public List<PaymentRecord> lostTicketPayments(Period p) {
    return lostTickets;
  }

  @Override
  public List<LostTicketClaim> lostTicketClaimsWithEntry(
      Period p, Duration lookback, Duration visit) {
    return claims;
  }

  @Override
  public List<ValidationOnStay> misfitValidations(Period p) {
    return misfits;
  }

  @Override
  public List<MerchantHour> merchantValidationsByHour(Instant from, Instant to) {
    return merchantHours.stream()
        .filter(h -> !h.hour().isBefore(from) && h.hour().isBefore(to))
        .toList();
  }

  @Override
  public List<UUID> validationsOf(String merchant, Instant from, Instant to) {
    return List.of(UUID.nameUUIDFromBytes((merchant + from).getBytes()));
  }

  @Override
  public List<CashierTally> cashierTallies(Period p) {
    return cashiers;
  }

  @Override
  public List<PaidStay> irregularPaidStays(Period p, Duration exitGrace, Duration freeStay) {
    return paidStays;
  }

  @Override
  public List<PaymentRecord> paymentsWithoutSession(Period p) {
    return withoutSession;
  }

  @Override
  public List<TwoPlaces> plateInTwoPlaces(Period p, Duration window) {
    return twoPlaces;
  }

  @Override
  public List<Discount> discountsOf(UUID sessionId) {
    return discounts.getOrDefault(sessionId, List.of());
  }
}
