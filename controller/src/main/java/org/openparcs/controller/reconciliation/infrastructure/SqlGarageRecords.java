package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openparcs.controller.reconciliation.model.GarageRecords;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.tariff.model.Discount;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * The garage's records as the rules ask about them, answered by set-based SQL on one connection
 * (one consistent read view). The visitor stays' money is read once per run and shared by the rules
 * that judge it.
 */
final class SqlGarageRecords implements GarageRecords {

  private final SqlGateRecords gates;
  private final SqlStayRecords stays;
  private final SqlMoneyRecords money;
  private final SqlValidationRecords validations;
  private final Map<String, List<PaidStay>> paidStays = new HashMap<>();

  SqlGarageRecords(Connection c, String garage, PlateCipher cipher, PlateLookup lookup) {
    try (Statement s = c.createStatement()) {
      s.execute("SET SESSION group_concat_max_len = 16777216");
    } catch (SQLException e) {
      throw new DataAccessException("cannot prepare the reconciliation session", e);
    }
    this.gates = new SqlGateRecords(c, garage, cipher);
    this.stays = new SqlStayRecords(c, garage, cipher);
    this.money = new SqlMoneyRecords(c, garage, cipher, lookup);
    this.validations = new SqlValidationRecords(c, garage);
  }

  @Override
  public List<GateRecord> unexplainedOpenings(Period p, Duration window, Set<String> auth) {
    return gates.unexplainedOpenings(p, window, auth);
  }

  @Override
  public List<CrowdedOpening> crowdedOpenings(Period p, Duration window, Set<String> auth) {
    return gates.crowdedOpenings(p, window, auth);
  }

  @Override
  public List<ExitWithoutEntry> exitsWithoutEntry(Period p) {
    return gates.exitsWithoutEntry(p);
  }

  @Override
  public List<StaleStay> staysOpenSince(Instant enteredBefore) {
    return stays.staysOpenSince(enteredBefore);
  }

  @Override
  public List<PermitStay> overlappingPermitStays(Period p) {
    return stays.overlappingPermitStays(p);
  }

  @Override
  public List<PlateMismatch> exitPlateMismatches(Period p) {
    return stays.exitPlateMismatches(p);
  }

  @Override
  public List<HourCount> visitorExitsByHour(Period p) {
    return money.visitorExitsByHour(p);
  }

  @Override
  public List<PaymentRecord> lostTicketPayments(Period p) {
    return money.lostTicketPayments(p);
  }

  @Override
  public List<LostTicketClaim> lostTicketClaimsWithEntry(
      Period p, Duration lookback, Duration visit) {
    return money.lostTicketClaimsWithEntry(p, lookback, visit);
  }

  @Override
  public List<ValidationOnStay> misfitValidations(Period p) {
    return validations.misfitValidations(p);
  }

  @Override
  public List<MerchantHour> merchantValidationsByHour(Instant from, Instant to) {
    return validations.merchantValidationsByHour(from, to);
  }

  @Override
  public List<UUID> validationsOf(String merchant, Instant from, Instant to) {
    return validations.validationsOf(merchant, from, to);
  }

  @Override
  public List<CashierTally> cashierTallies(Period p) {
    return money.cashierTallies(p);
  }

  @Override
  public synchronized List<PaidStay> irregularPaidStays(
      Period p, Duration exitGrace, Duration freeStay) {
    return paidStays.computeIfAbsent(
        p + "/" + exitGrace + "/" + freeStay,
        k -> money.irregularPaidStays(p, exitGrace, freeStay));
  }

  @Override
  public List<PaymentRecord> paymentsWithoutSession(Period p) {
    return money.paymentsWithoutSession(p);
  }

  @Override
  public List<TwoPlaces> plateInTwoPlaces(Period p, Duration window) {
    return stays.plateInTwoPlaces(p, window);
  }

  @Override
  public List<Discount> discountsOf(UUID sessionId) {
    return validations.discountsOf(sessionId);
  }
}
