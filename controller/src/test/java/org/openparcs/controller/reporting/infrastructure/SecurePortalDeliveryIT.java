package org.openparcs.controller.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openparcs.controller.identity.infrastructure.GarageSigner;
import org.openparcs.controller.identity.infrastructure.IdentitySettings;
import org.openparcs.controller.identity.infrastructure.MachineTls;
import org.openparcs.controller.identity.infrastructure.TlsSettings;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox.Pending;
import org.openparcs.identity.DemoCertificateAuthority;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.RecentNonces;
import org.openparcs.identity.RequestVerifier;
import org.openparcs.identity.SigningKeyFile;
import org.openparcs.identity.StaticKeys;
import org.openparcs.identity.TrustedKey;
import org.openparcs.identity.Verification;

/**
 * The garage's delivery to the portal over real TLS on loopback (issue 9): it trusts only the
 * configured CA, refuses a portal whose certificate has expired (nothing is sent), and signs each
 * request with its key so the receiving end verifies method, path, body and freshness.
 */
class SecurePortalDeliveryIT {

  @TempDir static Path dir;
  static DemoCertificateAuthority ca;
  static Path validStore;
  static Path expiredStore;
  static KeyPair garageKey = MachineKeys.generate();
  static Path keyFile;

  HttpsServer server;
  final List<Verification> received = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void certificates() throws Exception {
    ca = DemoCertificateAuthority.create(dir.resolve("ca"), "test-store-pass");
    validStore = ca.issue("portal", 2);
    expiredStore = ca.issue("old-portal", 1, "-10d");
    keyFile = dir.resolve("garage.key");
    Files.writeString(keyFile, SigningKeyFile.content("g1-key", garageKey.getPrivate()));
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  int serve(Path store) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, "test-store-pass".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "test-store-pass".toCharArray());
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);
    RequestVerifier verifier =
        new RequestVerifier(
            new StaticKeys(List.of(new TrustedKey("g1-key", "G1", garageKey.getPublic(), true))),
            new RecentNonces(Duration.ofMinutes(5)),
            Duration.ofMinutes(5),
            Clock.systemUTC());
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext(
        "/",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          Verification v =
              verifier.verify(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getRawPath(),
                  body,
                  name -> exchange.getRequestHeaders().getFirst(name));
          received.add(v);
          int status = v.verified() ? 200 : 401;
          byte[] answer = "{}".getBytes();
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    return server.getAddress().getPort();
  }

  PortalClient client(int port) {
    PortalSettings settings =
        new PortalSettings(
            "https://localhost:" + port,
            null,
            200,
            Duration.ofMillis(1),
            Duration.ofMillis(10),
            Duration.ofSeconds(5),
            1,
            6,
            50,
            Duration.ofSeconds(1));
    SSLContext trust =
        MachineTls.context(new TlsSettings(ca.trustStore().toString(), ca.password(), "PKCS12"));
    return new PortalClient(
        settings,
        "G1",
        new GarageSigner(new IdentitySettings(keyFile.toString(), null)),
        trust,
        Clock.systemUTC());
  }

  static List<Pending> batch() {
    return List.of(
        new Pending(1, UUID.randomUUID(), "gate_event", Instant.now(), "{\"lane\":\"entry-1\"}"));
  }

  @Test
  void deliversOverTlsToAPortalCertifiedByTheTrustedCaWithASignedRequest() throws Exception {
    client(serve(validStore)).deliver(batch(), 0);

    assertThat(received).containsExactly(new Verification.Verified("g1-key", "G1"));
  }

  @Test
  void refusesAPortalWhoseCertificateHasExpiredAndSendsNothing() throws Exception {
    PortalClient client = client(serve(expiredStore));

    assertThatThrownBy(() -> client.deliver(batch(), 0))
        .isInstanceOf(PortalDelivery.DeliveryFailed.class)
        .hasMessageContaining("portal unreachable");
    assertThat(received).isEmpty();
  }

  @Test
  void refusesAPortalWithACertificateFromAnotherCa() throws Exception {
    DemoCertificateAuthority other =
        DemoCertificateAuthority.create(dir.resolve("other-ca"), "test-store-pass");
    PortalClient client = client(serve(other.issue("impostor", 2)));

    assertThatThrownBy(() -> client.deliver(batch(), 0))
        .isInstanceOf(PortalDelivery.DeliveryFailed.class);
    assertThat(received).isEmpty();
  }
}
