package org.openparcs.demo;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openparcs.bridge.sim.SimulatedVehicle;
import org.openparcs.db.EmbeddedMariaDb;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
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
 * from the image and the barrier's OPEN relay is pulsed in the simulator. Someone without a
 * session, and a portal user who is no operator of this garage, are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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
                    + "' AND corrected_hash=UNHEX('"
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
                    + "' AND via='session' AND resource='/console/events'"))
        .as("the live stream's plates are an access to plate data (POLICY T1)")
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
