package org.openparcs.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openparcs.bridge.sim.CameraPushes;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.db.EmbeddedMariaDb;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator console in headless Chromium against the whole garage (issue 5): the portal and the
 * controller in their own JVMs over HTTPS, the lane I/O modules simulated on Modbus TCP. The
 * portal's seeded operator of this garage logs on at the garage's console with password and TOTP
 * code (checked by the portal); a vehicle waits on the entry's arming loop with no read; the
 * READ_TIMEOUT exception is pushed to the page (Server-Sent Events); the operator types the plate
 * from the image and the barrier's OPEN relay is pulsed in the simulator. Then, on the same page:
 * the exit camera's plate box is drawn over its frame where the plate is; a vehicle at the exit
 * with no entry is recorded as a lost ticket, and another is matched to its entry, each from the
 * exception's row (CSRF header, operator from the session, audited in {@code exit_entry_decision}).
 * Someone without a session, and a portal user who is no operator of this garage, are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String OPERATOR = "op.console";
  private static final String PASSWORD = "Lane-Watcher-2026!";
  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private final EmbeddedMariaDb mariadb = EmbeddedMariaDb.shared();
  private final String garageDb = "console_garage_" + System.nanoTime() % 100_000;
  private final String portalDb = "console_portal_" + System.nanoTime() % 100_000;
  private GarageStack garage;
  private Path profile;
  private WebDriver browser;
  private DemoAuthenticator authenticator;

  @BeforeAll
  void start() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    assumeTrue(
        installed,
        "browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing"
            + " (apt-get install -y chromium chromium-driver)");
    Path secretDir = Files.createTempDirectory("console-totp");
    Files.writeString(secretDir.resolve("coordinator-totp-secret"), SECRET);
    authenticator = DemoAuthenticator.in(secretDir);
    mariadb.createDatabase(garageDb);
    mariadb.createDatabase(portalDb);
    GarageStack.Databases external =
        new GarageStack.Databases() {
          @Override
          public Map<String, String> controller() {
            return externalDb(garageDb);
          }

          @Override
          public Map<String, String> portal() {
            return externalDb(portalDb);
          }
        };
    Map<String, String> portal = new HashMap<>();
    portal.put("parcs.portal.bootstrap-admin.username", "coordinator");
    portal.put("parcs.portal.bootstrap-admin.password", "Garage-Chief-2026!");
    portal.put("parcs.portal.bootstrap-admin.totp-secret", SECRET);
    portal.put("parcs.portal.demo-operator.username", OPERATOR);
    portal.put("parcs.portal.demo-operator.password", PASSWORD);
    portal.put("parcs.portal.demo-operator.totp-secret", SECRET);
    portal.put("parcs.portal.demo-operator.garage", GarageStack.GARAGE_ID);
    garage =
        new GarageStack(
            Path.of("target", "console-logs").toAbsolutePath(),
            external,
            freePort(),
            freePort(),
            0,
            0,
            "console-garage-token-0123456789",
            portal);
    garage.startPortal();
    // Visitors admitted (kept over the restart below): a visitor exit with no entry asks the
    // operator (NO_ENTRY_FOUND).
    garage.controllerSetting("parcs.visitors.admitted", "true");
    garage.startController(Map.of("parcs.lane-control.read-timeout", "2s"));
    Instant now = Instant.now();
    garage
        .controllerClient()
        .registerPermit(
            "4WXY375",
            "Ana Ruiz",
            "MONTHLY",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(30, ChronoUnit.DAYS));
    profile = Files.createTempDirectory("parcs-console-chromium-");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // The demo CA is made at each start; the test trusts it like the demo's own clients do.
        "--ignore-certificate-errors",
        "--window-size=1400,1600",
        "--user-data-dir=" + profile);
    browser =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(),
            options);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (garage != null) {
      garage.close();
    }
    if (profile != null) {
      deleteTree(profile.toFile());
    }
  }

  @Test
  @Order(1)
  void anOperatorLogsOnSeesANoReadLiveCorrectsThePlateAndTheBarrierOpens() throws Exception {
    URI base = garage.controller().base();
    browser.get(base.resolve("/console").toString());
    assertThat(browser.getCurrentUrl())
        .as("no session: the log-on page")
        .endsWith("/console/login");

    logOn("coordinator");
    assertThat(waitFor(By.id("message")).getText())
        .as("the coordinator is no garage operator (POLICY A5)")
        .contains("not a garage operator of garage " + GarageStack.GARAGE_ID);

    logOn(OPERATOR);
    assertThat(waitFor(By.id("operator")).getText()).isEqualTo(OPERATOR);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("stream"), "live"));

    int pulses = garage.entryLane().openPulses();
    SimulatedVehicle car = new SimulatedVehicle(garage.entryLane(), Duration.ofMillis(100));
    car.arrive();
    By pendingRead = By.cssSelector("#pending li[data-kind='READ_TIMEOUT']");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(pendingRead));
    assertThat(garage.entryLane().openPulses())
        .as("nothing opens without a read")
        .isEqualTo(pulses);

    // As an operator does: click into the form first. The page keeps a form the operator is in,
    // but replaces the list at every pushed change until then (the lane's sensors move meanwhile).
    WebElement pending =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class)
            .ignoring(ElementNotInteractableException.class)
            .until(
                d -> {
                  WebElement item = d.findElement(pendingRead);
                  item.findElement(By.cssSelector("input.plate")).click();
                  return item;
                });
    pending.findElement(By.cssSelector("input.plate")).sendKeys("4wxy375");
    pending.findElement(By.cssSelector("input.reason")).sendKeys("read from the lane camera");
    pending.findElement(By.cssSelector("button.correct")).click();

    assertThat(car.proceed(Duration.ofSeconds(10))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(garage.entryLane().openPulses() - pulses).as("DO0 pulsed once").isEqualTo(1);
    assertThat(waitFor(By.id("notice")).getText()).contains("Corrected to 4WXY375", "GRANTED");
    assertThat(
            count(
                "SELECT COUNT(*) FROM plate_correction WHERE operator='"
                    + OPERATOR
                    + "' AND corrected_text IS NULL AND corrected_hash=UNHEX('"
                    + java.util.HexFormat.of()
                        .formatHex(
                            new org.openparcs.protection.PlateLookup(garage.plateKeys())
                                .hash("4WXY375"))
                    + "')"))
        .as("the correction, its plate sealed and found by its lookup hash (K1)")
        .isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM plate_data_access WHERE viewer='"
                    + OPERATOR
                    + "' AND via='session' AND resource='/console/events'"
                    + " AND purpose='garage-access'"))
        .as("the live stream's plates are an access, for the purpose chosen at log-on (T1)")
        .isPositive();

    // The session is kept in the garage's database: a restart of the controller keeps the operator
    // logged on (same cookie, same CSRF token), until they log off.
    garage.stopController();
    garage.startController(Map.of("parcs.lane-control.read-timeout", "2s"));
    browser.get(base.resolve("/console").toString());
    assertThat(browser.getCurrentUrl()).as("still logged on after a restart").endsWith("/console");
    assertThat(waitFor(By.id("operator")).getText()).isEqualTo(OPERATOR);
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("stream"), "live"));
  }

  /** The operator's page from the first test stays open: the same session carries on. */
  @Test
  @Order(2)
  void theLastFrameShowsThePlateBoxWhereTheCameraSawThePlate() {
    SimulatedVehicle car = new SimulatedVehicle(garage.exitLane(), Duration.ofMillis(100));
    car.arrive();
    ControllerClient.PushResult pushed =
        garage.controllerClient().pushPlateRecognizer(GarageStack.EXIT_CAMERA, "8LOST01", 0.95);
    garage.exitLane().armingLoop(false);
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);

    // The box's place over the shown image, in shares of the image's size.
    List<?> placed =
        new WebDriverWait(browser, Duration.ofSeconds(20))
            .until(
                d ->
                    (List<?>)
                        ((JavascriptExecutor) d)
                            .executeScript(
                                "const f = document.querySelector('#lane-exit-1 .last-frame');"
                                    + "if (!f) return null;"
                                    + "const img = f.querySelector('img'), box = f.querySelector('.plate-box');"
                                    + "if (!box || !img.complete || img.naturalWidth === 0) return null;"
                                    + "const a = img.getBoundingClientRect(), b = box.getBoundingClientRect();"
                                    + "return [img.naturalWidth, img.naturalHeight, (b.left - a.left) / a.width,"
                                    + " (b.top - a.top) / a.height, b.width / a.width, b.height / a.height];"));
    assertThat(((Number) placed.get(0)).intValue()).as("the scene the camera sent").isEqualTo(640);
    assertThat(((Number) placed.get(1)).intValue()).isEqualTo(360);
    int[] plate = CameraPushes.plateBox(640, 360);
    double[] expected = {plate[0] / 640.0, plate[1] / 360.0, plate[2] / 640.0, plate[3] / 360.0};
    for (int i = 0; i < 4; i++) {
      assertThat(((Number) placed.get(i + 2)).doubleValue())
          .as("box %s", List.of("left", "top", "width", "height").get(i))
          .isCloseTo(expected[i], within(0.01));
    }
  }

  @Test
  @Order(3)
  void aLostTicketIsRecordedFromThePage() throws Exception {
    WebElement row =
        typeInto(
            "no open entry for 8LOST01",
            "input.exit-reason",
            "driver has no ticket, paid the lost-ticket fee");
    row.findElement(By.cssSelector("button.lost-ticket")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice"), "LOST_TICKET"));
    assertThat(browser.findElement(By.id("notice")).getText()).contains("Lost ticket for 8LOST01");
    assertThat(
            count(
                "SELECT COUNT(*) FROM exit_entry_decision WHERE rule='LOST_TICKET' AND operator='"
                    + OPERATOR
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  @Order(4)
  void anExitIsMatchedToItsEntryFromThePage() throws Exception {
    long open = count("SELECT COUNT(*) FROM parking_session WHERE exited_at IS NULL");
    SimulatedVehicle in = new SimulatedVehicle(garage.entryLane(), Duration.ofMillis(100));
    in.arrive();
    ControllerClient.PushResult entered =
        garage.controllerClient().push(GarageStack.ENTRY_CAMERA, "7ABC123", 0.95);
    assertThat(entered.decision()).as(entered.body()).isEqualTo("GRANTED");
    assertThat(in.proceed(Duration.ofSeconds(10))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    // The visitor's session opens once the lane has counted the car through.
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> openSessions() > open);
    SimulatedVehicle out = new SimulatedVehicle(garage.exitLane(), Duration.ofMillis(100));
    out.arrive();
    ControllerClient.PushResult refused =
        garage.controllerClient().push(GarageStack.EXIT_CAMERA, "7A8C123", 0.95);
    garage.exitLane().armingLoop(false);
    assertThat(refused.reason()).as(refused.body()).isEqualTo("NO_SESSION");

    WebElement row =
        typeInto(
            "no open entry for 7A8C123",
            "input.exit-reason",
            "entry image shows 7A8C123, read as B");
    WebElement match = row.findElement(By.cssSelector("button.match-entry"));
    assertThat(match.getText()).isEqualTo("Entered as 7ABC123");
    match.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("notice"), "OPERATOR_MATCHED_ENTRY"));
    assertThat(
            count(
                "SELECT COUNT(*) FROM exit_entry_decision WHERE rule='OPERATOR_MATCHED_ENTRY'"
                    + " AND operator='"
                    + OPERATOR
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  @Order(5)
  void anUnsureReadIsCorrectedWithOneClickOnACandidateReadBesideTheImage() throws Exception {
    Instant now = Instant.now();
    garage
        .controllerClient()
        .registerPermit(
            "4CND001",
            "Cy Candidate",
            "MONTHLY",
            now.minus(1, ChronoUnit.DAYS),
            now.plus(30, ChronoUnit.DAYS));
    int pulses = garage.entryLane().openPulses();
    SimulatedVehicle car = new SimulatedVehicle(garage.entryLane(), Duration.ofMillis(100));
    car.arrive();
    ControllerClient.PushResult first =
        garage.controllerClient().push(GarageStack.ENTRY_CAMERA, "4CND001", 0.45);
    ControllerClient.PushResult second =
        garage.controllerClient().push(GarageStack.ENTRY_CAMERA, "4CNO001", 0.40);
    assertThat(first.body() + second.body()).doesNotContain("GRANTED");

    // Issue 5: the vehicle's reads are offered as corrections, most confident first, beside the
    // image; one click corrects (audited with this operator and a reason) and the lane decides.
    List<String> offered =
        new WebDriverWait(browser, Duration.ofSeconds(30))
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  for (WebElement li : d.findElements(By.cssSelector("#pending li"))) {
                    List<String> texts =
                        li.findElements(By.cssSelector("button.candidate")).stream()
                            .map(WebElement::getText)
                            .toList();
                    if (texts.contains("4CND001 (45%)")
                        && !li.findElements(By.cssSelector(".frame img")).isEmpty()) {
                      return texts;
                    }
                  }
                  return null;
                });
    assertThat(offered).containsExactly("4CND001 (45%)", "4CNO001 (40%)");
    assertThat(garage.entryLane().openPulses()).as("nothing opens on a guess").isEqualTo(pulses);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(By.cssSelector("#pending li button.candidate[data-plate='4CND001']"))
                  .click();
              return true;
            });
    assertThat(car.proceed(Duration.ofSeconds(10))).isEqualTo(SimulatedVehicle.Outcome.PASSED);
    assertThat(garage.entryLane().openPulses() - pulses).as("DO0 pulsed once").isEqualTo(1);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("notice"), "Corrected to 4CND001"));
    assertThat(
            openedReasons(
                "SELECT reason_sealed FROM plate_correction WHERE operator='" + OPERATOR + "'"))
        .as(
            "the one-click correction is audited like any other (POLICY K3), its reason sealed (K1)")
        .containsOnlyOnce("candidate read 4CND001 confirmed against the image");
  }

  /** The exceptions table is redrawn as events come: a row is found again until it holds still. */
  private WebElement exceptionRow(String detail) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              for (WebElement row :
                  d.findElements(By.cssSelector("#exceptions tr.NO_ENTRY_FOUND"))) {
                if (row.getText().contains(detail)) {
                  return row;
                }
              }
              return null;
            });
  }

  /**
   * Types into a field of the exception's row. Once the field has the focus the page holds the
   * table still; before, a redraw may replace the row, and it is found again.
   */
  private WebElement typeInto(String detail, String field, String text) {
    return new WebDriverWait(browser, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement row = exceptionRow(detail);
              WebElement input = row.findElement(By.cssSelector(field));
              input.click();
              input.clear();
              input.sendKeys(text);
              return row;
            });
  }

  private long openSessions() {
    try {
      return count("SELECT COUNT(*) FROM parking_session WHERE exited_at IS NULL");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theOperatorApisRefuseRequestsWithoutASession() throws Exception {
    HttpClient client = HttpClient.newBuilder().sslContext(garage.identities().clientTls()).build();
    URI base = garage.controller().base();
    HttpResponse<String> mode =
        client.send(
            HttpRequest.newBuilder(base.resolve("/api/lanes/entry-1/mode"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"mode\":\"HELD_OPEN\",\"operator\":\"mallory\",\"reason\":\"x\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> events =
        client.send(
            HttpRequest.newBuilder(base.resolve("/console/events")).build(),
            HttpResponse.BodyHandlers.ofString());

    HttpResponse<String> reads =
        client.send(
            HttpRequest.newBuilder(base.resolve("/api/reads?limit=5")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(reads.statusCode()).as("plate data needs a session (POLICY A5)").isEqualTo(401);
    assertThat(mode.statusCode()).isEqualTo(401);
    assertThat(mode.body()).contains("log on");
    assertThat(events.statusCode()).isEqualTo(303);
    assertThat(count("SELECT COUNT(*) FROM lane_mode_change WHERE operator='mallory'")).isZero();
  }

  private void logOn(String username) {
    browser.get(garage.controller().base().resolve("/console/login").toString());
    waitFor(By.id("username")).sendKeys(username);
    browser
        .findElement(By.id("password"))
        .sendKeys(username.equals(OPERATOR) ? PASSWORD : "Garage-Chief-2026!");
    browser.findElement(By.id("code")).sendKeys(nextCode());
    browser.findElement(By.id("login-submit")).click();
  }

  /** A code of a step not used yet: the portal accepts each step once per user. */
  private String nextCode() {
    return authenticator.codeAt(Instant.now());
  }

  private WebElement waitFor(By locator) {
    return new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private Map<String, String> externalDb(String database) {
    return Map.of(
        "parcs.db.embedded", "false",
        "parcs.db.url", mariadb.jdbcUrl(database),
        "parcs.db.user", mariadb.user(),
        "parcs.db.password", mariadb.password());
  }

  /** The corrections' reasons of {@code sql}'s rows, opened with the garage's keys (K1). */
  private List<String> openedReasons(String sql) throws Exception {
    org.openparcs.protection.PlateCipher cipher =
        new org.openparcs.protection.PlateCipher(garage.plateKeys());
    List<String> reasons = new java.util.ArrayList<>();
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(garageDb), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        reasons.add(cipher.openNullable(rs.getBytes(1), "garage.plate_correction.reason"));
      }
    }
    return reasons;
  }

  private long count(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(garageDb), mariadb.user(), mariadb.password());
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(File file) {
    File[] children = file.listFiles();
    if (children != null) {
      for (File child : children) {
        deleteTree(child);
      }
    }
    file.delete();
  }
}
