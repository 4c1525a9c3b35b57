package org.openparcs.controller.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openparcs.controller.GarageTestSupport.count;
import static org.openparcs.controller.GarageTestSupport.post;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.IoModuleSimulator;
import org.openparcs.bridge.sim.SimulatedLane;
import org.openparcs.controller.GarageTestSupport;
import org.openparcs.controller.RevenueTestData;
import org.openparcs.db.DatabaseFactory.PooledDatabase;

/**
 * A visitor types the plate at a kiosk, sees the fee by the tariff in effect at entry, and pays;
 * terminals resend, void and refund; bad input is refused and nothing is counted twice. Real HTTP
 * and the embedded MariaDB with the real migrations.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayByPlateIT implements TestPropertyProvider {

  private final IoModuleSimulator entry =
      IoModuleSimulator.start(SimulatedLane.standard("entry"), 0);

  @Inject EmbeddedServer server;
  @Inject PooledDatabase database;
  @Inject org.openparcs.controller.tariff.application.Tariffs tariffs;
  private URI base;
  private DataSource db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p =
        new HashMap<>(GarageTestSupport.lane("entry-1", "ENTRY", entry, "cam-1"));
    p.put("parcs.garage.id", "garage-pay");
    return p;
  }

  @BeforeAll
  void publishTariff() {
    base = server.getURI();
    db = database.raw();
    HttpResponse<String> r =
        post(
            base,
            "/api/tariffs",
            "application/json",
            RevenueTestData.tariffJson("2026-a", Instant.now().minus(Duration.ofDays(30))));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  @AfterAll
  void stop() {
    entry.close();
  }

  @Test
  void aVisitorInsideIsQuotedByPlateWithTheTariffVersion() {
    Instant entered = Instant.now().minus(Duration.ofMinutes(50));
    RevenueTestData.visitorInside(db, "garage-pay", "entry-1", "cam-1", "QUOTE1", entered);

    HttpResponse<String> r = GarageTestSupport.get(base, "/api/quotes?plate=quote-1");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"plate\":\"QUOTE1\"", "\"currency\":\"USD\"", "\"tariffVersion\":\"2026-a\"")
        .contains("\"enteredAt\":", "\"quotedAt\":");
    // The fee of the published tariff for the stay the quote names, in the garage's time zone: a
    // stay that began on a Sunday evening there (a Monday morning in UTC) is partly at the weekend
    // price, so the amount is computed, not one of two fixed values.
    Instant enteredAt = Instant.parse(field(r.body(), "enteredAt"));
    Instant quotedAt = Instant.parse(field(r.body(), "quotedAt"));
    long expected =
        tariffs
            .named("2026-a")
            .orElseThrow()
            .tariff()
            .undiscounted(enteredAt, quotedAt, ZoneId.of("America/Los_Angeles"))
            .amount()
            .minor();
    assertThat(expected).as("a 50-minute stay is charged").isPositive();
    assertThat(r.body()).contains("\"amount\":" + expected + ",");
  }

  private static String field(String json, String name) {
    return json.replaceAll("(?s).*\"" + name + "\":\"([^\"]+)\".*", "$1");
  }

  @Test
  void aPlateNotInsideIsNotFoundAndGarbageIsABadRequest() {
    assertThat(GarageTestSupport.get(base, "/api/quotes?plate=NOBODY9").statusCode())
        .isEqualTo(404);
    HttpResponse<String> bad = GarageTestSupport.get(base, "/api/quotes?plate=%27%3B--");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("is not a plate");
  }

  @Test
  void aPaymentIsRecordedOnceAndReportedToThePortal() {
    UUID session = inside("PAYONE");
    String body = payment("term-7-0001", session, 400, "USD");

    HttpResponse<String> first = post(base, "/api/payments", "application/json", body);
    HttpResponse<String> again = post(base, "/api/payments", "application/json", body);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains("\"tariffVersion\":\"2026-a\"", "\"quoted\":");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"duplicate\":true");
    assertThat(count(db, "SELECT COUNT(*) FROM payment WHERE reference='term-7-0001'"))
        .isEqualTo(1);
    assertThat(GarageTestSupport.outboxPayloads(db, "payment_recorded"))
        .filteredOn(p -> p.contains("\"reference\":\"term-7-0001\""))
        .hasSize(1);
    assertThat(count(db, "SELECT COUNT(*) FROM parking_session WHERE tariff_version='2026-a'"))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  void theSameReferenceForADifferentTransactionIsAConflict() {
    UUID session = inside("PAYTWO");
    post(base, "/api/payments", "application/json", payment("term-7-0002", session, 400, "USD"));

    HttpResponse<String> r =
        post(
            base, "/api/payments", "application/json", payment("term-7-0002", session, 900, "USD"));

    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.body()).contains("already recorded for a different transaction");
  }

  @Test
  void absurdNegativeAndForeignAmountsAreRefusedAndNothingIsStored() {
    UUID session = inside("PAYBAD");
    long before = count(db, "SELECT COUNT(*) FROM payment");

    assertRefused(payment("bad-1", session, -100, "USD"), 422, "cannot be negative");
    assertRefused(payment("bad-2", session, 99_999_999, "USD"), 422, "above the limit");
    assertRefused(payment("bad-3", session, 400, "EUR"), 422, "takes USD, not EUR");
    assertRefused(payment("bad-4", session, 400, "XQQ"), 400, "ISO 4217");
    assertRefused(payment("bad-5", UUID.randomUUID(), 400, "USD"), 404, "not known here");
    assertRefused("{\"reference\":\"bad-6\"", 400, "JSON");

    assertThat(count(db, "SELECT COUNT(*) FROM payment")).isEqualTo(before);
  }

  @Test
  void aPaymentForASessionThatHasEndedIsRefused() {
    UUID session = inside("PAYGONE");
    RevenueTestData.leave(db, session, "entry-1", Instant.now());

    assertRefused(payment("late-1", session, 400, "USD"), 409, "is closed");
  }

  @Test
  void aVoidCancelsOnceAndRefundsNeverExceedThePayment() {
    UUID session = inside("PAYVOID");
    post(base, "/api/payments", "application/json", payment("term-7-0100", session, 800, "USD"));
    post(base, "/api/payments", "application/json", payment("term-7-0101", session, 600, "USD"));

    assertThat(
            post(
                    base,
                    "/api/payments",
                    "application/json",
                    reversal("v-1", "VOID", "term-7-0100", 800))
                .statusCode())
        .isEqualTo(201);
    assertRefused(reversal("v-2", "VOID", "term-7-0100", 800), 409, "already voided");
    assertRefused(reversal("r-1", "REFUND", "term-7-0101", 700), 409, "exceeds");
    assertThat(
            post(
                    base,
                    "/api/payments",
                    "application/json",
                    reversal("r-2", "REFUND", "term-7-0101", 200))
                .statusCode())
        .isEqualTo(201);
    assertRefused(reversal("v-3", "VOID", "term-7-0101", 600), 409, "already voided");
    assertThat(
            count(
                db,
                "SELECT COUNT(*) FROM payment WHERE original_id IS NOT NULL AND session_id=?",
                session.toString()))
        .isEqualTo(2);
  }

  @Test
  void aMerchantValidationLowersWhatIsDueAndIsRecordedOnce() {
    inside("VALID8");
    String validation =
        "{\"reference\":\"shop-1\",\"merchant\":\"bookshop\",\"plate\":\"VALID8\","
            + "\"kind\":\"FIXED_AMOUNT\",\"amount\":150}";

    HttpResponse<String> first = post(base, "/api/validations", "application/json", validation);
    HttpResponse<String> again = post(base, "/api/validations", "application/json", validation);
    HttpResponse<String> quote = GarageTestSupport.get(base, "/api/quotes?plate=VALID8");

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("\"duplicate\":true");
    assertThat(number(quote.body(), "fee")).isEqualTo(number(quote.body(), "undiscounted") - 150);
    assertThat(count(db, "SELECT COUNT(*) FROM validation WHERE reference='shop-1'")).isEqualTo(1);
  }

  @Test
  void aValidationForAVehicleNotInsideIsRefused() {
    HttpResponse<String> r =
        post(
            base,
            "/api/validations",
            "application/json",
            "{\"reference\":\"shop-2\",\"merchant\":\"bookshop\",\"plate\":\"GONE42\","
                + "\"kind\":\"PERCENTAGE\",\"basisPoints\":5000}");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).startsWith("{\"error\":");
  }

  private static long number(String json, String field) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(field + " in " + json).isTrue();
    return Long.parseLong(m.group(1));
  }

  private UUID inside(String plate) {
    return RevenueTestData.visitorInside(
        db, "garage-pay", "entry-1", "cam-1", plate, Instant.now().minus(Duration.ofHours(1)));
  }

  private void assertRefused(String body, int status, String words) {
    HttpResponse<String> r = post(base, "/api/payments", "application/json", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).startsWith("{\"error\":").contains(words);
  }

  static String payment(String reference, UUID session, long amount, String currency) {
    return """
        {"reference":"%s","source":"PAY_ON_FOOT","method":"CARD","amount":%d,"currency":"%s",
         "sessionId":"%s","terminal":"pof-1","occurredAt":"%s"}
        """
        .formatted(reference, amount, currency, session, Instant.now());
  }

  private static String reversal(String reference, String kind, String original, long amount) {
    return """
        {"reference":"%s","kind":"%s","source":"PAY_ON_FOOT","method":"CARD","amount":%d,
         "currency":"USD","originalReference":"%s","terminal":"pof-1","cashier":"ann",
         "occurredAt":"%s"}
        """
        .formatted(reference, kind, amount, original, Instant.now());
  }
}
