package org.openparcs.controller.reconciliation.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.Discount;

/**
 * Control 7: validations that do not fit their stay (given before entry or after exit, to a permit
 * stay, or twice by one merchant), and merchants validating far more on a day than their norm: the
 * median of the days on which they validated at all, over the lookback and the period. A merchant
 * with fewer than {@link #MIN_HISTORY_DAYS} such days has no norm yet and is not judged.
 */
public final class ValidationRule implements ReconciliationRule {

  /** Days of activity a merchant needs before its norm means anything. */
  static final int MIN_HISTORY_DAYS = 7;

  @Override
  public String name() {
    return "merchant validations";
  }

  @Override
  public List<Finding> evaluate(GarageRecords records, RuleContext c) {
    List<Finding> findings = new ArrayList<>();
    for (GarageRecords.ValidationOnStay v : records.misfitValidations(c.period())) {
      findings.add(misfit(records, v, c));
    }
    findings.addAll(aboveNorm(records, c));
    return findings;
  }

  private static Finding misfit(
      GarageRecords records, GarageRecords.ValidationOnStay v, RuleContext c) {
    String why =
        v.permitId() != null
            ? "given to a permit stay, which pays nothing"
            : v.validatedAt().isBefore(v.enteredAt())
                ? "given before the vehicle entered"
                : v.exitedAt() != null && v.validatedAt().isAfter(v.exitedAt())
                    ? "given after the vehicle left"
                    : "given " + v.sameMerchantOnStay() + " times to one stay";
    Money value = c.zero();
    if (v.permitId() == null && v.exitedAt() != null) {
      List<Discount> discounts = records.discountsOf(v.sessionId());
      Money full = Fees.stay(c, v.tariffVersion(), v.enteredAt(), v.exitedAt(), List.of());
      value = full.minus(Fees.stay(c, v.tariffVersion(), v.enteredAt(), v.exitedAt(), discounts));
    }
    return new Finding(
        RuleCode.VALIDATION_MISFIT,
        v.validationId().toString(),
        Severity.MEDIUM,
        value.atLeastZero(),
        "validation by " + v.merchant() + " " + why,
        Evidence.builder().validation(v.validationId()).session(v.sessionId()).build(),
        v.validatedAt());
  }

  private static List<Finding> aboveNorm(GarageRecords records, RuleContext c) {
    Thresholds t = c.thresholds();
    LocalDate first = c.period().from().atZone(c.zone()).toLocalDate();
    LocalDate lookbackStart = first.minusDays(t.merchantLookbackDays());
    Instant from = lookbackStart.atStartOfDay(c.zone()).toInstant();
    Map<String, Map<LocalDate, Long>> perDay = new TreeMap<>();
    for (GarageRecords.MerchantHour h : records.merchantValidationsByHour(from, c.period().to())) {
      LocalDate day = h.hour().atZone(c.zone()).toLocalDate();
      perDay.computeIfAbsent(h.merchant(), m -> new HashMap<>()).merge(day, h.count(), Long::sum);
    }
    LocalDate last = c.period().to().minusNanos(1).atZone(c.zone()).toLocalDate();
    List<Finding> findings = new ArrayList<>();
    perDay.forEach(
        (merchant, days) -> {
          if (days.values().stream().filter(n -> n > 0).count() < MIN_HISTORY_DAYS) {
            return;
          }
          long norm = Math.max(1, median(days));
          for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            long n = days.getOrDefault(d, 0L);
            if (n >= t.merchantMinPerDay() && n > norm * t.merchantNormFactor()) {
              findings.add(aboveNormFinding(records, merchant, d, n, norm, c));
            }
          }
        });
    return findings;
  }

  private static Finding aboveNormFinding(
      GarageRecords records, String merchant, LocalDate day, long n, long norm, RuleContext c) {
    Instant start = day.atStartOfDay(c.zone()).toInstant();
    Instant end = day.plusDays(1).atStartOfDay(c.zone()).toInstant();
    Evidence.Builder evidence = Evidence.builder();
    records.validationsOf(merchant, start, end).forEach(evidence::validation);
    return new Finding(
        RuleCode.MERCHANT_ABOVE_NORM,
        merchant + "@" + day,
        Severity.MEDIUM,
        c.zero(),
        merchant + " gave " + n + " validations on " + day + ", norm " + norm + " a day",
        evidence.build(),
        start);
  }

  /** The median count over the days with any validation. */
  private static long median(Map<LocalDate, Long> days) {
    List<Long> counts = new ArrayList<>();
    days.values().stream().filter(n -> n > 0).forEach(counts::add);
    counts.sort(Long::compare);
    return counts.get(counts.size() / 2);
  }
}
