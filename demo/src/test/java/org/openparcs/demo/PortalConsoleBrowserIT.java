package org.openparcs.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
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
 * The garage's operator console in the portal (issue 5), in headless Chromium against the whole
 * garage: portal and controller in their own JVMs over HTTPS, the lanes simulated on Modbus TCP.
 * The portal's operator of the garage logs on at the portal (password and TOTP code), opens the
 * garage's console there, sees a live no-read exception relayed from the garage, corrects the plate
 * beside the image, and the barrier's OPEN relay is pulsed in the simulator. The garage records the
 * correction and the live view under that portal user (the portal signed both for them), the portal
 * audits both; the exit camera's frame comes through the portal with its plate box; when the garage
 * stops, the page says it cannot be reached.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalConsoleBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String OPERATOR = "op.portal";
  private static final String PASSWORD = "Lane-Watcher-2026!";
  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private final EmbeddedMariaDb mariadb = EmbeddedMariaDb.shared();
  private final String garageDb = "pconsole_garage_" + System.nanoTime() % 100_000;
  private final String portalDb = "pconsole_portal_" + System.nanoTime() % 100_000;
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
    Path secretDir = Files.createTempDirectory("pconsole-totp");
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
            Path.of("target", "portal-console-logs").toAbsolutePath(),
            external,
            freePort(),
            freePort(),
            0,
            0,
            "pconsole-garage-token-0123456789",
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
    profile = Files.createTempDirectory("parcs-pconsole-chromium-");
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
  void aPortalOperatorCorrectsALiveNoReadFromThePortalAndTheBarrierOpens() throws Exception {
    URI portal = garage.portal().base();
    browser.get(portal.resolve("/login").toString());
    waitFor(By.id("username")).sendKeys(OPERATOR);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("login-submit")).click();
    waitFor(By.id("code")).sendKeys(authenticator.codeAt(Instant.now()));
    browser.findElement(By.id("mfa-submit")).click();

    // The garages page links to the console of the operator's garage.
    waitFor(
            By.cssSelector(
                "section[data-garage-id='" + GarageStack.GARAGE_ID + "'] a.console-link"))
        .click();
    assertThat(browser.getCurrentUrl()).endsWith("/garages/" + GarageStack.GARAGE_ID + "/console");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("stream"), "live"));
    assertThat(browser.findElements(By.cssSelector("#lanes tr[id^='lane-']"))).hasSize(2);

    int pulses = garage.entryLane().openPulses();
    SimulatedVehicle car = new SimulatedVehicle(garage.entryLane(), Duration.ofMillis(100));
    car.arrive();
    By pendingRead = By.cssSelector("#pending li[data-kind='READ_TIMEOUT']");
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(pendingRead));
    assertThat(garage.entryLane().openPulses())
        .as("nothing opens without a read")
        .isEqualTo(pulses);

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
                garageDb,
                "SELECT COUNT(*) FROM plate_correction WHERE operator='" + OPERATOR + "'"))
        .as("the garage records the portal user as the operator")
        .isEqualTo(1);
    assertThat(
            count(
                garageDb,
                "SELECT COUNT(*) FROM plate_data_access WHERE viewer='"
                    + OPERATOR
                    + "' AND via='portal' AND resource='/console/events'"))
        .as("the relayed live view is this user's access at the garage (POLICY T1)")
        .isPositive();
    assertThat(
            count(
                portalDb,
                "SELECT COUNT(*) FROM audit_record WHERE username='"
                    + OPERATOR
                    + "' AND action='GARAGE_CONSOLE_ACTION' AND purpose='garage-access'"))
        .as("and the portal's audit trail")
        .isEqualTo(1);
  }

  @Test
  @Order(2)
  void theExitFrameComesThroughThePortalWithItsPlateBox() {
    SimulatedVehicle car = new SimulatedVehicle(garage.exitLane(), Duration.ofMillis(100));
    car.arrive();
    ControllerClient.PushResult pushed =
        garage.controllerClient().pushPlateRecognizer(GarageStack.EXIT_CAMERA, "8PRTL01", 0.95);
    garage.exitLane().armingLoop(false);
    assertThat(pushed.status()).as(pushed.body()).isEqualTo(200);

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
                                    + " (b.top - a.top) / a.height, b.width / a.width, b.height / a.height,"
                                    + " img.src];"));
    assertThat((String) placed.get(6))
        .as("fetched from the portal, which fetched it from the garage")
        .startsWith(
            garage
                .portal()
                .base()
                .resolve("/garages/" + GarageStack.GARAGE_ID + "/console/frames/")
                .toString());
    assertThat(((Number) placed.get(0)).intValue()).isEqualTo(640);
    int[] plate = CameraPushes.plateBox(640, 360);
    assertThat(((Number) placed.get(2)).doubleValue()).isCloseTo(plate[0] / 640.0, within(0.01));
    assertThat(((Number) placed.get(3)).doubleValue()).isCloseTo(plate[1] / 360.0, within(0.01));
  }

  @Test
  @Order(3)
  void thePageSaysSoWhenTheGarageCannotBeReached() {
    garage.stopController();

    WebElement unreachable =
        new WebDriverWait(browser, Duration.ofSeconds(40))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("unreachable")));

    assertThat(unreachable.getText())
        .contains("garage " + GarageStack.GARAGE_ID + " cannot be reached")
        .doesNotContain("Exception");
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

  private long count(String database, String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                mariadb.jdbcUrl(database), mariadb.user(), mariadb.password());
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
