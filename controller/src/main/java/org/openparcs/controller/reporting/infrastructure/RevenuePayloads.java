package org.openparcs.controller.reporting.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.controller.payment.model.Payment;
import org.openparcs.controller.reconciliation.model.Evidence;
import org.openparcs.controller.reconciliation.model.FindingDisposition;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RecordedFinding;
import org.openparcs.controller.reconciliation.model.RevenueReport;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.tariff.model.TariffVersion;

/**
 * The JSON the portal receives for revenue events: tariffs, payments, findings, dispositions,
 * reconciliation runs and revenue reports. Money is {@code {"minor": 1250, "currency": "USD"}}.
 */
final class RevenuePayloads {

  private RevenuePayloads() {}

  static Map<String, Object> tariff(TariffVersion v) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("version", v.version());
    m.put("effectiveFrom", v.effectiveFrom().toString());
    m.put("currency", v.tariff().currency().getCurrencyCode());
    m.put("dailyMax", money(v.tariff().dailyMax()));
    m.put("lostTicketFee", money(v.tariff().lostTicketFee()));
    return m;
  }

  static Map<String, Object> payment(Payment p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("paymentId", p.id().toString());
    m.put("kind", p.kind().name());
    m.put("source", p.source().name());
    m.put("method", p.method().name());
    m.put("amount", money(p.amount()));
    m.put("reference", p.reference().value());
    m.put("sessionId", str(p.sessionId()));
    m.put("plate", p.plate() == null ? null : p.plate().value());
    m.put("terminal", p.terminal());
    m.put("cashier", p.cashier());
    m.put("lane", p.lane() == null ? null : p.lane().value());
    m.put("originalPaymentId", str(p.originalId()));
    m.put("lostTicket", p.lostTicket());
    m.put("overrideReason", p.overrideReason());
    m.put("quoted", p.quoted() == null ? null : money(p.quoted()));
    m.put("tariffVersion", p.tariffVersion());
    m.put("occurredAt", p.occurredAt().toString());
    return m;
  }

  static Map<String, Object> finding(RecordedFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("findingId", f.id().toString());
    m.put("runId", f.runId().toString());
    m.put("rule", f.finding().rule().name());
    m.put("control", f.finding().rule().control());
    m.put("subject", f.finding().subject());
    m.put("severity", f.finding().severity().name());
    m.put("amountAtRisk", money(f.finding().amountAtRisk()));
    // Plates travel in their own field: the portal shows them only where the rule needs them and
    // purges them with the session's plate fields (POLICY A5, R1).
    m.put("summary", f.finding().summaryWithoutPlates());
    m.put("plates", f.finding().plates());
    m.put("evidence", evidence(f.finding().evidence()));
    m.put("occurredAt", f.finding().occurredAt().toString());
    m.put("foundAt", f.foundAt().toString());
    m.put("disposition", f.disposition().name());
    return m;
  }

  static Map<String, Object> disposition(FindingDisposition d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dispositionId", d.id().toString());
    m.put("findingId", d.findingId().toString());
    m.put("disposition", d.disposition().name());
    m.put("note", d.note());
    m.put("auditor", d.auditor());
    m.put("recordedAt", d.recordedAt().toString());
    return m;
  }

  static Map<String, Object> run(ReconciliationRun r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runId", r.id().toString());
    m.put("from", r.period().from().toString());
    m.put("to", r.period().to().toString());
    m.put("trigger", r.trigger().name());
    m.put("raised", r.raised());
    m.put("newFindings", r.newFindings());
    Map<String, Integer> byRule = new LinkedHashMap<>();
    r.byRule().forEach((rule, n) -> byRule.put(rule.name(), n));
    m.put("byRule", byRule);
    m.put("atRisk", money(r.atRisk()));
    m.put("startedAt", r.startedAt().toString());
    m.put("finishedAt", r.finishedAt().toString());
    return m;
  }

  static Map<String, Object> revenue(RevenueReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", r.period().from().toString());
    m.put("to", r.period().to().toString());
    m.put("expected", money(r.expected()));
    m.put("collected", money(r.collected()));
    m.put("gap", money(r.gap()));
    m.put("visitorStays", r.visitorStays());
    m.put(
        "lines",
        r.lines().stream()
            .map(
                l -> {
                  Map<String, Object> line = new LinkedHashMap<>();
                  line.put("dimension", l.dimension().name());
                  line.put("key", l.key());
                  line.put("expected", l.expected() == null ? null : money(l.expected()));
                  line.put("collected", money(l.collected()));
                  line.put("stays", l.stays());
                  line.put("transactions", l.transactions());
                  return line;
                })
            .toList());
    return m;
  }

  static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reads", ids(e.reads()));
    m.put("decisions", ids(e.decisions()));
    m.put("gateEvents", ids(e.gateEvents()));
    m.put("sessions", ids(e.sessions()));
    m.put("payments", ids(e.payments()));
    m.put("validations", ids(e.validations()));
    return m;
  }

  static Map<String, Object> money(Money money) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("minor", money.minor());
    m.put("currency", money.currency().getCurrencyCode());
    return m;
  }

  private static List<String> ids(List<UUID> ids) {
    return ids.stream().map(UUID::toString).toList();
  }

  private static String str(UUID id) {
    return id == null ? null : id.toString();
  }
}
