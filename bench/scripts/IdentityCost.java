import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.camera.model.AddressRange;
import org.openparcs.controller.camera.model.CameraCredential;
import org.openparcs.controller.camera.model.CameraRegistry;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.RecentNonces;
import org.openparcs.identity.RequestVerifier;
import org.openparcs.identity.SignedRequests;
import org.openparcs.identity.SigningKey;
import org.openparcs.identity.StaticKeys;
import org.openparcs.identity.TrustedKey;

/**
 * What machine identities cost per call, single thread, after warm-up: the camera credential
 * check on the lane's hot path (64 registered cameras), and signing and verifying a garage's
 * delivery of 200 events (~60 kB). Run: see docs/benchmarks.md, "Machine identities".
 */
public class IdentityCost {
  public static void main(String[] args) throws Exception {
    List<CameraCredential> cams = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      cams.add(
          new CameraCredential(
              new CameraId("cam-" + i),
              CameraRegistry.digest("camera-token-number-" + i + "-abcdefgh"),
              List.of(AddressRange.parse("10.20." + i + ".0/24"))));
    }
    CameraRegistry registry = new CameraRegistry(cams);
    InetAddress source = InetAddress.getByName("10.20.33.7");
    Optional<String> token = Optional.of("camera-token-number-33-abcdefgh");
    Optional<CameraId> named = Optional.of(new CameraId("cam-33"));
    long camNs = time(2_000_000, () -> registry.check(token, Optional.empty(), source, named));

    KeyPair pair = MachineKeys.generate();
    SigningKey key = new SigningKey("g1", pair.getPrivate());
    byte[] body = "{\"eventId\":\"x\",\"payload\":{}}".repeat(2000).getBytes(StandardCharsets.UTF_8);
    RequestVerifier verifier =
        new RequestVerifier(
            new StaticKeys(List.of(new TrustedKey("g1", "G1", pair.getPublic(), true))),
            new RecentNonces(Duration.ofMinutes(5)),
            Duration.ofMinutes(5),
            Clock.systemUTC());
    String path = "/api/garages/G1/events";
    long signNs = time(20_000, () -> SignedRequests.sign(key, "POST", path, body, Instant.now()));
    long verifyNs =
        time(
            20_000,
            () -> {
              Map<String, String> h = SignedRequests.sign(key, "POST", path, body, Instant.now());
              if (!verifier.verify("POST", path, body, h::get).verified()) {
                throw new IllegalStateException();
              }
            });
    System.out.printf(
        "camera check %d ns/op; sign %d us/op (body %d bytes); sign+verify %d us/op%n",
        camNs, signNs / 1000, body.length, verifyNs / 1000);
    System.out.printf(
        "camera_check_ns=%d sign_us=%d sign_verify_us=%d body_bytes=%d%n",
        camNs, signNs / 1000, verifyNs / 1000, body.length);
  }

  static long time(int n, Runnable r) {
    for (int i = 0; i < n / 4; i++) {
      r.run();
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      r.run();
    }
    return (System.nanoTime() - t0) / n;
  }
}
