package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Revenue events as the garage controller's outbox sends them (RevenuePayloads): findings,
 * dispositions and nightly revenue reports, delivered through the real ingest endpoint.
 */
final class RevenueFixtures {

  static final String G1_TOKEN = "test-token-garage-one-0001";
  static final String G2_TOKEN = "test-token-garage-two-0002";

  private final URI portal;
  private final AtomicLong g1 = new AtomicLong();
  private final AtomicLong g2 = new AtomicLong();

  RevenueFixtures(URI portal) {
    this.portal = portal;
  }

  UUID finding(
      String garage,
      String rule,
      int control,
      String severity,
      long atRiskMinor,
      String summary,
      String platesJson,
      Instant at) {
    UUID id = UUID.randomUUID();
    String payload =
        ("{\"findingId\":\"%s\",\"runId\":\"%s\",\"rule\":\"%s\",\"control\":%d,\"subject\":\"s-%s\","
                + "\"severity\":\"%s\",\"amountAtRisk\":{\"minor\":%d,\"currency\":\"USD\"},"
                + "\"summary\":\"%s\",\"plates\":%s,\"evidence\":{\"reads\":[\"%s\"],"
                + "\"decisions\":[],\"gateEvents\":[\"%s\"],\"sessions\":[\"%s\"],\"payments\":[],"
                + "\"validations\":[]},\"occurredAt\":\"%s\",\"foundAt\":\"%s\","
                + "\"disposition\":\"OPEN\"}")
            .formatted(
                id,
                UUID.randomUUID(),
                rule,
                control,
                id,
                severity,
                atRiskMinor,
                summary,
                platesJson,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                at.minusSeconds(3600),
                at);
    send(garage, "reconciliation_finding", at, payload);
    return id;
  }

  void garageDisposition(String garage, UUID finding, String disposition, Instant at) {
    send(
        garage,
        "finding_disposition",
        at,
        ("{\"dispositionId\":\"%s\",\"findingId\":\"%s\",\"disposition\":\"%s\","
                + "\"note\":\"looked at by the garage\",\"auditor\":\"g.audit\",\"recordedAt\":\"%s\"}")
            .formatted(UUID.randomUUID(), finding, disposition, at));
  }

  /** The nightly report of one UTC day, sent just after it. */
  void dailyReport(
      String garage, LocalDate day, long expected, long collected, String lane, String cashier) {
    Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    String money = "{\"minor\":%d,\"currency\":\"USD\"}";
    String payload =
        ("{\"from\":\"%s\",\"to\":\"%s\",\"expected\":%s,\"collected\":%s,\"gap\":%s,"
                + "\"visitorStays\":3,\"lines\":["
                + "{\"dimension\":\"DAY\",\"key\":\"%s\",\"expected\":%s,\"collected\":%s,\"stays\":3,\"transactions\":3},"
                + "{\"dimension\":\"LANE\",\"key\":\"%s\",\"expected\":%s,\"collected\":%s,\"stays\":3,\"transactions\":3},"
                + "{\"dimension\":\"METHOD\",\"key\":\"CARD\",\"expected\":null,\"collected\":%s,\"stays\":0,\"transactions\":3},"
                + "{\"dimension\":\"CASHIER\",\"key\":\"%s\",\"expected\":null,\"collected\":%s,\"stays\":0,\"transactions\":3}]}")
            .formatted(
                from,
                to,
                money.formatted(expected),
                money.formatted(collected),
                money.formatted(expected - collected),
                day,
                money.formatted(expected),
                money.formatted(collected),
                lane,
                money.formatted(expected),
                money.formatted(collected),
                money.formatted(collected),
                cashier,
                money.formatted(collected));
    send(garage, "revenue_report", to.plusSeconds(600), payload);
  }

  private void send(String garage, String type, Instant at, String payload) {
    boolean one = "G1".equals(garage);
    long seq = (one ? g1 : g2).incrementAndGet();
    String event = Batches.eventAt("revenue-" + garage, seq, type, at, payload);
    HttpResponse<String> answer =
        new PortalHttp(portal)
            .postJson(
                "/api/garages/" + garage + "/events", one ? G1_TOKEN : G2_TOKEN, Batches.of(event));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }
}
