package org.openparcs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.openparcs.identity.DemoCertificateAuthority;
import org.openparcs.identity.GenerateKey;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.SigningKey;
import org.openparcs.identity.SigningKeyFile;

/**
 * The demo's machine identities, made fresh at each start in {@code dir} (nothing secret comes from
 * the repository): a CA made with keytool, a TLS certificate for the portal and one for the
 * controller, the garage's signing key (enrolled at the portal by configuration), the portal's
 * order-signing key (trusted by the garage by configuration), and one token per camera.
 */
public final class MachineIdentities {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final DemoCertificateAuthority ca;
  private final Path portalStore;
  private final Path controllerStore;
  private final Path garageKeyFile;
  private final String garageKeyId;
  private final String garagePublicKey;
  private final Path portalKeyFile;
  private final String portalPublicKey;
  private final Map<String, String> cameraTokens = new HashMap<>();

  private MachineIdentities(Path dir, String garageId, String... cameras) throws IOException {
    ca = DemoCertificateAuthority.create(dir.resolve("tls"), secret());
    portalStore = ca.issue("portal", 30);
    controllerStore = ca.issue("controller", 30);
    garageKeyId = garageId + "-key-1";
    KeyPair garage = MachineKeys.generate();
    garageKeyFile = dir.resolve("garage-signing.key");
    GenerateKey.write(garageKeyFile, SigningKeyFile.content(garageKeyId, garage.getPrivate()));
    garagePublicKey = MachineKeys.publicText(garage.getPublic());
    KeyPair portal = MachineKeys.generate();
    portalKeyFile = dir.resolve("portal-orders.key");
    GenerateKey.write(portalKeyFile, SigningKeyFile.content("portal-key-1", portal.getPrivate()));
    portalPublicKey = MachineKeys.publicText(portal.getPublic());
    for (String camera : cameras) {
      cameraTokens.put(camera, secret());
    }
  }

  /** Creates every identity under {@code dir} (emptied first). */
  public static MachineIdentities create(Path dir, String garageId, String... cameras) {
    try {
      if (Files.exists(dir)) {
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      return new MachineIdentities(dir, garageId, cameras);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the demo's machine identities", e);
    }
  }

  /** A fresh random secret (24 bytes, Base64url): tokens, passwords of the demo's key stores. */
  static String secret() {
    byte[] b = new byte[24];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Serve HTTPS only, with this certificate. */
  public Map<String, String> server(boolean portal, int port) {
    Map<String, String> p = new HashMap<>();
    p.put("micronaut.server.ssl.enabled", "true");
    p.put("micronaut.server.ssl.port", String.valueOf(port));
    p.put("micronaut.server.ssl.build-self-signed", "false");
    p.put(
        "micronaut.server.ssl.key-store.path", "file:" + (portal ? portalStore : controllerStore));
    p.put("micronaut.server.ssl.key-store.password", ca.password());
    p.put("micronaut.server.ssl.key-store.type", "PKCS12");
    return p;
  }

  /**
   * The portal's side: the garage's enrolled key, the portal's order key, and the CA to trust when
   * it calls the garage's console.
   */
  public Map<String, String> portal() {
    Map<String, String> p = new HashMap<>();
    // One comma-separated value: list indexes in system properties do not bind to the record.
    p.put("parcs.portal.garages[0].public-keys", garageKeyId + "=" + garagePublicKey);
    p.put("parcs.portal.identity.order-key-file", portalKeyFile.toString());
    p.put("parcs.portal.tls.trust-store", ca.trustStore().toString());
    p.put("parcs.portal.tls.trust-store-password", ca.password());
    return p;
  }

  /** The controller's side: its key, the portal's key, the CA to trust, the cameras' tokens. */
  public Map<String, String> controller() {
    Map<String, String> p = new HashMap<>();
    p.put("parcs.identity.key-file", garageKeyFile.toString());
    p.put("parcs.identity.portal-keys", "portal-key-1=" + portalPublicKey);
    p.put("parcs.tls.trust-store", ca.trustStore().toString());
    p.put("parcs.tls.trust-store-password", ca.password());
    cameraTokens.forEach(
        (camera, token) -> {
          p.put("parcs.cameras." + camera + ".token", token);
          p.put("parcs.cameras." + camera + ".sources", "127.0.0.0/8,::1");
        });
    return p;
  }

  /** Every secret made here (store password, camera tokens): none may show in {@code ps}. */
  public java.util.List<String> secrets() {
    java.util.List<String> all = new java.util.ArrayList<>(cameraTokens.values());
    all.add(ca.password());
    return all;
  }

  public String cameraToken(String camera) {
    return cameraTokens.get(camera);
  }

  public Map<String, String> cameraTokens() {
    return Map.copyOf(cameraTokens);
  }

  /**
   * The portal's signing key, for the demo's own calls to the garage's views and permits on the
   * portal's behalf (signed requests the garage checks against {@code parcs.identity.portal-keys}).
   */
  public SigningKey portalSigningKey() {
    return new SigningKeyFile(portalKeyFile, "portal-key-1").current();
  }

  /** The garage's signing key file, as the controller reads it. */
  public Path garageKeyFile() {
    return garageKeyFile;
  }

  public Path caCertificate() {
    return ca.trustStore().resolveSibling("ca.pem");
  }

  /** Trusts the demo CA only: what the demo's own clients (cameras, operator) use. */
  public SSLContext clientTls() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(ca.trustStore())) {
        store.load(in, ca.password().toCharArray());
      }
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot load the demo trust store", e);
    }
  }
}
