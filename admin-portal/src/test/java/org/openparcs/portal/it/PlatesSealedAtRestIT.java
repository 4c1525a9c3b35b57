package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openparcs.db.DatabaseFactory;
import org.openparcs.db.EmbeddedMariaDb;
import org.openparcs.db.backup.DatabaseTarget;
import org.openparcs.db.backup.MariaDbClient;
import org.openparcs.portal.audit.application.VerifyAuditTrail;
import org.openparcs.portal.audit.model.ChainCheck;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.plate.application.PlateReads;
import org.openparcs.portal.protection.infrastructure.PortalRekey;
import org.openparcs.portal.protection.infrastructure.RekeyCommand;
import org.openparcs.portal.protection.infrastructure.SealedJournal;
import org.openparcs.portal.user.model.Role;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;
import org.openparcs.protection.UnsealException;

/**
 * POLICY K1 at the portal, over real HTTP and MariaDB: after garage events (reads, sessions, a
 * payment, a correction, a finding), a hot list with a hit, a sharing request released to an
 * agency, a legal hold on a plate with a purge order, and exact and prefix searches, a {@code
 * mariadb-dump} of the portal's database holds none of the plates, while the pages show them to an
 * authorised user; a changed sealed value fails clearly; a key rotation with the re-key leaves
 * nothing under the old keys, and the portal then works with the old keys removed (searches, hot
 * lists, the audit chain). The rotation runs last: it retires this context's keys.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatesSealedAtRestIT implements TestPropertyProvider {

  private static final String HTML = "text/html";
  private static final String JSON = "application/json";
  private static final String G1_TOKEN = "test-token-garage-one-0001";
  private static final String PURPOSE = "&purpose=parking-enforcement";

  /** Every plate this class stores, each in a different place. */
  private static final List<String> PLATES =
      List.of(
          "K1RD101", "K1PFX10", "K1SES44", "K1PAY55", "K1ORG77", "K1COR66", "K1FND88", "K1HOT22",
          "K1SHR33", "K1HLD99", "K1EXC12");

  /**
   * Plates typed into free text (POLICY K1, V90): a hot-list synopsis, a hit's disposition note, a
   * sharing request's reason, a denial's reason, an agency's note, a hold's reason and its release
   * reason, a finding's note, a training record's course; the hold's reasons and the notes also
   * reach the audit trail's details and the decision journal.
   */
  private static final Map<String, String> TYPED =
      Map.of(
          "synopsis", "K1SYN01",
          "disposition note", "K1DSP02",
          "sharing reason", "K1SRQ03",
          "denial reason", "K1DNY04",
          "agency note", "K1AGN05",
          "hold reason", "K1HLR06",
          "release reason", "K1REL07",
          "finding note", "K1FNT09",
          "training course", "K1TRN10");

  private static final Path JOURNAL = journalFolder();

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject DatabaseFactory.PooledDatabase database;
  @Inject DatabaseFactory.EmbeddedDatabase embedded;
  @Inject PlateCipher cipher;
  @Inject PlateLookup lookup;
  @Inject PortalRekey rekey;

  private PortalHttp coordinator;
  private Sql sql;
  private String today;
  private String finding;

  @Override
  public Map<String, String> getProperties() {
    return Map.of("parcs.backup.journal-dir", JOURNAL.toString());
  }

  private static Path journalFolder() {
    try {
      return Files.createTempDirectory("parcs-k1-journal-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  void storeEveryKindOfPlateData() {
    sql = new Sql(database.raw());
    accounts.trainCoordinator();
    coordinator = new PortalHttp(server.getURI());
    coordinator.logInAsCoordinator(clock);
    today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();

    accounts.create("k1olivia", "Parking Enforcement", Role.OPERATOR, true, "G1");
    PortalHttp operator = new PortalHttp(server.getURI());
    operator.logIn("k1olivia", Accounts.PASSWORD, Accounts.SECRET, clock);
    long list = createHotList();
    HttpResponse<String> entered =
        post(operator, "/hotlists/" + list + "/entries", hotListEntry("K1HOT22"));
    assertThat(entered.statusCode()).as(entered.body()).isEqualTo(303);
    HttpResponse<String> approved =
        post("/hotlists/entries/" + entryId("K1HOT22") + "/approve", Map.of());
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(303);

    finding = java.util.UUID.randomUUID().toString();
    ingest(
        event(1, "plate_read", read("K1RD101")),
        event(2, "plate_read", read("K1PFX10")),
        event(3, "plate_read", read("K1HOT22")),
        event(4, "plate_read", read("K1SHR33")),
        event(
            5,
            "session_opened",
            "{\"sessionId\":\"s-k1\",\"plate\":\"K1SES44\",\"lane\":\"entry-1\"}"),
        event(
            6,
            "payment_captured",
            "{\"sessionId\":\"s-k1\",\"plate\":\"K1PAY55\",\"amountMinor\":700,\"currency\":\"USD\"}"),
        event(
            7,
            "plate_correction",
            "{\"lane\":\"entry-1\",\"originalText\":\"K1ORG77\",\"correctedText\":\"K1COR66\",\"operator\":\"op1\"}"),
        event(
            8,
            "reconciliation_finding",
            "{\"findingId\":\""
                + finding
                + "\",\"rule\":\"EXIT_PLATE_MISMATCH\",\"summary\":\"exit read differs\",\"plates\":[\"K1FND88\"]}"),
        event(
            9,
            "lane_exception",
            "{\"lane\":\"exit-1\",\"kind\":\"NO_ENTRY_FOUND\",\"detail\":\"no open entry for K1EXC12\"}"));

    assertThat(coordinator.get("/search?plate=K1RD101" + PURPOSE, HTML).statusCode())
        .isEqualTo(200);
    assertThat(
            coordinator
                .get(
                    "/api/reads?plate=K1PFX*"
                        + PURPOSE
                        + "&from="
                        + yesterday()
                        + "&to="
                        + tomorrow(),
                    JSON)
                .statusCode())
        .isEqualTo(200);

    post(
        "/sharing/agencies",
        Map.of(
            "name",
            "San Jose Police Department",
            "kind",
            "LAW_ENFORCEMENT",
            "state",
            "CA",
            "standing",
            "on"));
    HttpResponse<String> asked = post("/sharing/requests", sharingRequest("K1SHR33"));
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
    String request = sql.text("SELECT id FROM sharing_request WHERE case_number = 'K1-CASE-1'");
    HttpResponse<String> released =
        post("/sharing/requests/" + request + "/decision", Map.of("decision", "approve"));
    assertThat(released.statusCode()).as(released.body()).isLessThan(400);
    assertThat(sql.count("SELECT COUNT(*) FROM shared_record WHERE request_id = ?", request))
        .isEqualTo(1);

    HttpResponse<String> hold =
        post(
            "/retention/holds",
            Map.of(
                "kind",
                "PLATE",
                "target",
                "K1HLD99",
                "caseNumber",
                "K1-CASE-2",
                "reason",
                "evidence"));
    assertThat(hold.statusCode()).as(hold.body()).isEqualTo(303);
    HttpResponse<String> purge = post("/retention/purges", Map.of());
    assertThat(purge.statusCode()).as(purge.body()).isEqualTo(303);
    awaitPurgeOrders();
    typePlatesIntoFreeText(operator);
  }

  /** Every free-text field of the portal gets a plate, through the pages people use. */
  private void typePlatesIntoFreeText(PortalHttp operator) {
    String hit = sql.text("SELECT id FROM hot_list_hit");
    expect(
        post(
            operator,
            "/hits/" + hit + "/disposition",
            Map.of(
                "disposition",
                "MISREAD",
                "compared",
                "on",
                "note",
                "plate was " + TYPED.get("disposition note"))),
        303);
    post(
        "/sharing/agencies",
        Map.of(
            "name",
            "Santa Clara Sheriff",
            "kind",
            "LAW_ENFORCEMENT",
            "state",
            "CA",
            "standing",
            "on",
            "note",
            "asked about " + TYPED.get("agency note")));
    Map<String, String> denied = sharingRequest("K1SHR33");
    denied.put("caseNumber", "K1-CASE-3");
    expect(post("/sharing/requests", denied), 200);
    String request = sql.text("SELECT id FROM sharing_request WHERE case_number = 'K1-CASE-3'");
    post(
        "/sharing/requests/" + request + "/decision",
        Map.of("decision", "deny", "denialReason", "not ours, see " + TYPED.get("denial reason")));
    assertThat(sql.text("SELECT status FROM sharing_request WHERE id = ?", request))
        .isEqualTo("DENIED");
    expect(
        post(
            "/retention/holds",
            Map.of(
                "kind",
                "SESSION",
                "target",
                "s-k1",
                "caseNumber",
                "K1-CASE-5",
                "reason",
                "suspect in " + TYPED.get("hold reason"))),
        303);
    String hold = sql.text("SELECT id FROM legal_hold WHERE case_number = 'K1-CASE-5'");
    expect(
        post(
            "/retention/holds/" + hold + "/release",
            Map.of("reason", "case closed, " + TYPED.get("release reason") + " cleared")),
        303);
    accounts.create("k1rita", "Revenue Audit", Role.REVENUE_AUDITOR, true, "G1");
    PortalHttp rita = new PortalHttp(server.getURI());
    rita.logIn("k1rita", Accounts.PASSWORD, Accounts.SECRET, clock);
    expect(
        post(
            rita,
            "/findings/G1/" + finding + "/disposition",
            Map.of("disposition", "EXPLAINED", "note", "driver " + TYPED.get("finding note"))),
        303);
    String olivia = sql.text("SELECT id FROM portal_user WHERE username = 'k1olivia'");
    expect(
        post(
            "/users/" + olivia + "/training",
            Map.of("completedOn", today, "course", "ALPR course, " + TYPED.get("training course"))),
        303);
  }

  private static void expect(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
  }

  @Test
  @Order(1)
  void aDumpOfThePortalDatabaseRevealsNoPlatePolicyK1() {
    String dump = dump();

    assertThat(dump)
        .as("the dump has the data: lanes, amounts, hot list and sharing rows")
        .contains("INSERT INTO `received_event`", "entry-1", "INSERT INTO `hot_list_hit`")
        .contains("INSERT INTO `shared_record`", "INSERT INTO `audit_terms`")
        .contains("INSERT INTO `legal_hold`", "INSERT INTO `garage_purge_order`");
    for (String plate : PLATES) {
      assertThat(dump).as("plate " + plate + " in the dump").doesNotContain(plate);
    }
    TYPED.forEach(
        (field, plate) ->
            assertThat(dump.toUpperCase())
                .as("plate typed into the " + field + ", in the dump (text or hex)")
                .doesNotContain(plate, hex(plate)));
  }

  @Test
  @Order(1)
  void noFileOfThePortalNamesAPlateTypedIntoFreeTextPolicyK1() throws IOException {
    Path data = embedded.server().binaries().getParent().getParent().resolve("data");
    List<String> plates = new ArrayList<>(PLATES);
    plates.addAll(TYPED.values());
    assertThat(Files.readString(JOURNAL.resolve("portal-decisions.journal")))
        .as("the journal has the hold placed and released")
        .contains("HOLD_PLACED", "HOLD_RELEASED");
    for (Path folder : List.of(JOURNAL, data)) {
      assertThat(FileScan.findIn(folder, plates))
          .as("plates in the files under " + folder + " (as text or hex)")
          .isEmpty();
    }
  }

  @Test
  @Order(2)
  void authorisedUsersSeeTheFreeTextOpenedPolicyK1() {
    assertThat(coordinator.get("/hotlists", HTML).body()).contains(TYPED.get("synopsis"));
    String hit = sql.text("SELECT id FROM hot_list_hit");
    assertThat(coordinator.get("/hits/" + hit, HTML).body())
        .contains(TYPED.get("synopsis"), TYPED.get("disposition note"));
    assertThat(coordinator.get("/sharing", HTML).body())
        .contains(TYPED.get("sharing reason"), TYPED.get("denial reason"));
    assertThat(coordinator.get("/retention", HTML).body()).contains(TYPED.get("hold reason"));
    assertThat(coordinator.get("/users", HTML).body()).contains(TYPED.get("training course"));
    assertThat(coordinator.get("/audit?action=LEGAL_HOLD_RELEASED", HTML).body())
        .as("the audit trail's detail, sealed apart, opened")
        .contains(TYPED.get("release reason"));
    assertThat(coordinator.get("/audit?action=HOT_LIST_HIT_DISPOSED", HTML).body())
        .contains(TYPED.get("disposition note"));
    PortalHttp rita = new PortalHttp(server.getURI());
    rita.logIn("k1rita", Accounts.PASSWORD, Accounts.SECRET, clock);
    assertThat(rita.get("/findings/G1/" + finding, HTML).body())
        .contains(TYPED.get("finding note"));
    assertThat(
            sql.auditDetails("LEGAL_HOLD_PLACED").stream()
                .anyMatch(d -> d.contains(TYPED.get("hold reason"))))
        .isTrue();
  }

  private static String hex(String text) {
    return java.util.HexFormat.of()
        .withUpperCase()
        .formatHex(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @Order(2)
  void authorisedUsersSeeThePlatesOpened() {
    assertThat(coordinator.get("/search?plate=K1RD101" + PURPOSE, HTML).body()).contains("K1RD101");
    assertThat(coordinator.get("/hits?all=on", HTML).body()).contains("K1HOT22");
    String prefix =
        coordinator
            .get(
                "/api/reads?plate=K1PFX*" + PURPOSE + "&from=" + yesterday() + "&to=" + tomorrow(),
                JSON)
            .body();
    assertThat(prefix).contains("K1PFX10").doesNotContain("K1RD101");
    HttpResponse<String> unbounded = coordinator.get("/api/reads?plate=K1PFX*" + PURPOSE, JSON);
    assertThat(unbounded.statusCode()).isEqualTo(400);
    assertThat(unbounded.body()).contains("prefix search needs a from and a to date");
  }

  @Test
  @Order(3)
  void aChangedSealedPlateFailsClearlyPolicyK1() {
    byte[] sealed =
        sql.blobs(
                "SELECT plate_fields FROM received_event WHERE plate_hash = ?",
                lookup.hash("K1RD101"))
            .get(0);
    byte[] changed = sealed.clone();
    changed[changed.length - 1] ^= 1;
    assertThatThrownBy(() -> cipher.openBytes(changed, "portal.received_event.plate_fields"))
        .isInstanceOf(UnsealException.class);
    byte[] moved = sql.blobs("SELECT plate_sealed FROM hot_list_hit").get(0);
    assertThatThrownBy(() -> cipher.open(moved, "portal.hot_list_entry.plate"))
        .as("a value moved to another column does not open there")
        .isInstanceOf(UnsealException.class);

    update(
        "UPDATE received_event SET plate_fields = ? WHERE plate_hash = ?",
        changed,
        lookup.hash("K1RD101"));
    try {
      HttpResponse<String> answer = coordinator.get("/api/reads?plate=K1RD101" + PURPOSE, JSON);
      assertThat(answer.statusCode()).isEqualTo(500);
      assertThat(answer.body())
          .contains("failed its integrity check")
          .doesNotContain("K1RD101\"", "Exception");
    } finally {
      update(
          "UPDATE received_event SET plate_fields = ? WHERE plate_hash = ?",
          sealed,
          lookup.hash("K1RD101"));
    }
  }

  @Test
  @Order(3)
  void freeTextAnOlderSchemaLeftInClearIsSealedByTheConverterPolicyK1() {
    sql.update(
        "INSERT INTO legal_hold (target_kind, target, case_number, reason, placed_by, placed_at,"
            + " released_by, released_at, release_reason) VALUES ('SESSION', 's-old', 'K1-OLD',"
            + " 'old hold on K1OLD01', 'coord', NOW(6), 'coord', NOW(6), 'closed, K1OLD02')");
    sql.update(
        "INSERT INTO finding_review (garage_id, finding_id, disposition, note, auditor,"
            + " recorded_at) VALUES ('G1', ?, 'EXPLAINED', 'old note K1OLD03', 'k1rita', NOW(6))",
        finding);
    sql.update(
        "INSERT INTO training_record (user_id, kind, completed_on, recorded_at, recorded_by,"
            + " detail) SELECT id, 'TRAINING', CURDATE(), NOW(6), 'coord', 'old course K1OLD04'"
            + " FROM portal_user WHERE username = 'k1olivia'");
    assertThat(dump()).contains("K1OLD01", "K1OLD02", "K1OLD03", "K1OLD04");

    assertThat(rekey.run().converted()).as("the four clear texts, each sealed").isEqualTo(4);
    assertThat(rekey.run().converted()).as("a second run finds nothing").isZero();

    assertThat(dump()).doesNotContain("K1OLD01", "K1OLD02", "K1OLD03", "K1OLD04");
    assertThat(coordinator.get("/retention", HTML).body()).contains("old hold on K1OLD01");
    byte[] released =
        sql.blobs("SELECT release_reason_sealed FROM legal_hold WHERE case_number = 'K1-OLD'")
            .get(0);
    assertThat(cipher.open(released, "portal.legal_hold.release_reason"))
        .isEqualTo("closed, K1OLD02");
    PortalHttp rita = new PortalHttp(server.getURI());
    rita.logIn("k1rita", Accounts.PASSWORD, Accounts.SECRET, clock);
    assertThat(rita.get("/findings/G1/" + finding, HTML).body()).contains("old note K1OLD03");
  }

  @Test
  @Order(4)
  void aRotationLeavesNothingUnderTheOldKeysPolicyK1() {
    PlateKeys old = TestPlateKeys.RING;
    PlateKeys rotated =
        old.withCurrentDataKey("k1-data-2", PlateKeys.randomKey())
            .withCurrentLookupKey("k1-lookup-2", PlateKeys.randomKey());

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    int exit =
        withKeys(
            rotated,
            () ->
                RekeyCommand.run(
                    database(Map.of("parcs.protection.rekey-at-start", "false")),
                    new PrintStream(printed, true, StandardCharsets.UTF_8)));
    String counts = printed.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(counts).isZero();
    assertThat(counts).contains("re-key: converted=0").doesNotContain("resealed=0 ");
    assertThat(counts).as("the journal's lines move to the new key").doesNotContain("journal=0");

    PlateCipher newCipher = new PlateCipher(rotated);
    for (String column :
        List.of(
            "received_event.plate_fields",
            "hot_list_entry.plate_sealed",
            "hot_list_hit.plate_sealed",
            "shared_record.plate_sealed",
            "sharing_request.plates_sealed",
            "legal_hold.target_sealed",
            "audit_terms.sealed",
            "audit_detail.sealed",
            "legal_hold.reason_sealed",
            "legal_hold.release_reason_sealed",
            "hot_list_entry.synopsis_sealed",
            "hot_list_hit.disposition_note_sealed",
            "sharing_request.reason_sealed",
            "sharing_request.refusal_sealed",
            "sharing_agency.note_sealed",
            "finding_review.note_sealed",
            "training_record.detail_sealed")) {
      String[] tc = column.split("\\.");
      List<byte[]> values =
          sql.blobs("SELECT " + tc[1] + " FROM " + tc[0] + " WHERE " + tc[1] + " IS NOT NULL");
      assertThat(values).as(column).isNotEmpty();
      assertThat(values.stream().map(newCipher::keyIdOf).distinct().toList())
          .as(column + ": every value under the new data key")
          .containsExactly("k1-data-2");
    }
    PlateLookup newLookup = new PlateLookup(rotated);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM received_event WHERE plate_hash = ?",
                newLookup.hash("K1RD101")))
        .isEqualTo(1);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM hot_list_entry WHERE plate_hash = ?",
                newLookup.hash("K1HOT22")))
        .isEqualTo(1);

    PlateKeys retired =
        rotated.withoutDataKey(old.currentDataKeyId()).withoutLookupKey(old.currentLookupKeyId());
    withKeys(
        retired,
        () -> {
          try (ApplicationContext portal =
              ApplicationContext.run(
                  database(Map.of("parcs.protection.rekey-at-start", "false")))) {
            PlateReads reads = portal.getBean(PlateReads.class);
            assertThat(
                    portal
                        .getBean(UnitOfWork.class)
                        .reading(
                            () ->
                                reads.search(
                                    "K1RD101", false, List.of(new GarageId("G1")), null, null, 10)))
                .as("found by its hash under the new lookup key, opened with the new data key")
                .singleElement()
                .satisfies(r -> assertThat(r.plate()).isEqualTo("K1RD101"));
            assertThat(
                    SealedJournal.in(JOURNAL, new PlateCipher(retired)).entries().stream()
                        .filter(e -> "HOLD_RELEASED".equals(e.type())))
                .as("the journal opens with the old data key removed")
                .anyMatch(e -> e.field("reason").contains(TYPED.get("release reason")));
            assertThat(portal.getBean(VerifyAuditTrail.class).verify())
                .as("the audit chain verifies after the rotation (it covers the terms' commitment)")
                .isInstanceOf(ChainCheck.Intact.class);
          }
          return 0;
        });
  }

  private static int withKeys(PlateKeys keys, Supplier<Integer> work) {
    Map<String, String> saved = new HashMap<>();
    Map<String, String> set =
        Map.of(
            "parcs.protection.data-keys", keys.dataKeysSetting(),
            "parcs.protection.current-data-key", keys.currentDataKeyId(),
            "parcs.protection.lookup-keys", keys.lookupKeysSetting(),
            "parcs.protection.current-lookup-key", keys.currentLookupKeyId());
    set.forEach((k, v) -> saved.put(k, System.setProperty(k, v)));
    try {
      return work.get();
    } finally {
      saved.forEach(
          (k, v) -> {
            if (v == null) {
              System.clearProperty(k);
            } else {
              System.setProperty(k, v);
            }
          });
    }
  }

  private Map<String, Object> database(Map<String, Object> more) {
    Map<String, Object> properties = new HashMap<>(more);
    properties.put("parcs.db.embedded", "false");
    properties.put("parcs.db.url", database.raw().getJdbcUrl());
    properties.put("parcs.db.user", EmbeddedMariaDb.shared().user());
    properties.put("parcs.db.password", EmbeddedMariaDb.shared().password());
    properties.put("micronaut.server.port", -1);
    properties.put("parcs.backup.journal-dir", JOURNAL.toString());
    return properties;
  }

  private String dump() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MariaDbClient.in(embedded.server().binaries())
        .dump(
            new DatabaseTarget(
                "127.0.0.1",
                embedded.server().port(),
                embedded.database(),
                "root",
                "",
                List.of("--skip-ssl")),
            out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void update(String statement, byte[] value, byte[] hash) {
    try (var c = database.raw().getConnection();
        var s = c.prepareStatement(statement)) {
      s.setBytes(1, value);
      s.setBytes(2, hash);
      assertThat(s.executeUpdate()).isEqualTo(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private void awaitPurgeOrders() {
    for (int i = 0; i < 200; i++) {
      if (sql.count("SELECT COUNT(*) FROM purge_run WHERE status = 'RUNNING'") == 0
          && sql.count("SELECT COUNT(*) FROM garage_purge_order") > 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("the purge issued no orders");
  }

  private long createHotList() {
    HttpResponse<String> answer =
        post("/hotlists", Map.of("name", "K1 stolen", "kind", "STOLEN", "source", ""));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
    return sql.count("SELECT id FROM hot_list WHERE name = 'K1 stolen'");
  }

  private String entryId(String plate) {
    return sql.text("SELECT id FROM hot_list_entry WHERE plate_hash = ?", lookup.hash(plate));
  }

  private static Map<String, String> hotListEntry(String plate) {
    return Map.of(
        "plate",
        plate,
        "name",
        "Officer Smith",
        "badge",
        "1234",
        "unit",
        "Auto Theft",
        "caseNumbers",
        "K1-CASE-0",
        "synopsis",
        "stolen vehicle, seen with " + TYPED.get("synopsis"));
  }

  private Map<String, String> sharingRequest(String plate) {
    Map<String, String> form = new HashMap<>();
    form.put(
        "agencyId",
        sql.text("SELECT id FROM sharing_agency WHERE name = 'San Jose Police Department'"));
    form.put("requesterName", "Det. Ames");
    form.put("requesterContact", "ames@pd.example");
    form.put("onBehalfOf", "");
    form.put("reason", "follow-up of an investigation of " + TYPED.get("sharing reason"));
    form.put("crimeType", "robbery");
    form.put("caseNumber", "K1-CASE-1");
    form.put("plates", plate);
    form.put("from", today);
    form.put("to", today);
    return form;
  }

  private String event(long seq, String type, String payload) {
    return Batches.eventAt("k1", seq, type, clock.instant(), payload);
  }

  private static String read(String plate) {
    return "{\"plate\":\"" + plate + "\",\"lane\":\"entry-1\",\"camera\":\"cam-1\"}";
  }

  private void ingest(String... events) {
    HttpResponse<String> answer =
        new PortalHttp(server.getURI())
            .postJson("/api/garages/G1/events", G1_TOKEN, Batches.of(events));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private String yesterday() {
    return LocalDate.parse(today).minusDays(1).toString();
  }

  private String tomorrow() {
    return LocalDate.parse(today).plusDays(1).toString();
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) {
    return post(coordinator, path, fields);
  }

  private static HttpResponse<String> post(
      PortalHttp who, String path, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("csrfToken", PortalHttp.csrfToken(who.get("/account", HTML).body()));
    return who.postForm(path, form);
  }
}
