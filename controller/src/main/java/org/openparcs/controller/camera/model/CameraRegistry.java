package org.openparcs.controller.camera.model;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.camera.model.PushCheck.Refused;
import org.openparcs.controller.camera.model.PushCheck.Why;
import org.openparcs.controller.garage.model.CameraId;

/**
 * The registered cameras' credentials, held in memory: a push costs one SHA-256 of the presented
 * secret, a map look-up by that digest and a constant-time comparison, then the source check. A
 * camera may name only itself (in the path or in the read it pushes), so no push can stand for
 * another lane's camera.
 */
public final class CameraRegistry {

  private final Map<String, CameraCredential> byDigest = new HashMap<>();
  private final Map<CameraId, CameraCredential> byCamera = new HashMap<>();

  public CameraRegistry(List<CameraCredential> credentials) {
    for (CameraCredential c : credentials) {
      if (byDigest.put(HexFormat.of().formatHex(c.secretDigest()), c) != null) {
        throw new IllegalArgumentException(
            "two cameras share a secret (camera " + c.camera() + ")");
      }
      byCamera.put(c.camera(), c);
    }
  }

  public static byte[] digest(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean registered(CameraId camera) {
    return byCamera.containsKey(camera);
  }

  /**
   * @param secret the bearer token (or Basic password) presented, if any
   * @param claimed the camera the caller says it is (Basic user name), if any
   * @param source the address the push came from
   * @param named the camera the push names in its path, if any
   */
  public PushCheck check(
      Optional<String> secret,
      Optional<CameraId> claimed,
      InetAddress source,
      Optional<CameraId> named) {
    if (secret.isEmpty() || secret.get().isEmpty()) {
      return new Refused(
          Why.NO_CREDENTIAL,
          null,
          "camera credential missing: send 'Authorization: Bearer <camera token>'");
    }
    byte[] presented = digest(secret.get());
    CameraCredential c = byDigest.get(HexFormat.of().formatHex(presented));
    if (c == null
        || !MessageDigest.isEqual(presented, c.secretDigest())
        || claimed.map(id -> !id.equals(c.camera())).orElse(false)) {
      return new Refused(Why.UNKNOWN_CREDENTIAL, null, "camera credential not accepted");
    }
    return admit(c, source, named);
  }

  /**
   * A camera that proved who it is otherwise (HTTP Digest): the same source and name checks as a
   * token.
   */
  public PushCheck checkAuthenticated(
      CameraId camera, InetAddress source, Optional<CameraId> named) {
    CameraCredential c = byCamera.get(camera);
    if (c == null) {
      return new Refused(Why.UNKNOWN_CREDENTIAL, null, "camera credential not accepted");
    }
    return admit(c, source, named);
  }

  private static PushCheck admit(CameraCredential c, InetAddress source, Optional<CameraId> named) {
    if (!c.sources().isEmpty() && c.sources().stream().noneMatch(r -> r.contains(source))) {
      return new Refused(
          Why.WRONG_SOURCE,
          c.camera(),
          "camera " + c.camera() + " may not push from " + source.getHostAddress());
    }
    if (named.isPresent() && !named.get().equals(c.camera())) {
      return otherCamera(c.camera(), named.get());
    }
    return new PushCheck.Admitted(c.camera());
  }

  /** The answer when an authenticated camera pushes a read in another camera's name. */
  public static Refused otherCamera(CameraId camera, CameraId named) {
    return new Refused(
        Why.OTHER_CAMERA,
        camera,
        "camera " + camera + " may push only its own reads, not camera " + named + "'s");
  }
}
