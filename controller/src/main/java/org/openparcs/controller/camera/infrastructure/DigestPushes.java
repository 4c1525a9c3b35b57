package org.openparcs.controller.camera.infrastructure;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.camera.model.DigestCredentials;
import org.openparcs.controller.camera.model.DigestCredentials.Algorithm;
import org.openparcs.controller.camera.model.DigestNonces;
import org.openparcs.controller.camera.model.PushCheck;
import org.openparcs.controller.camera.model.PushCheck.Refused;
import org.openparcs.controller.camera.model.PushCheck.Why;
import org.openparcs.controller.garage.model.CameraId;

/**
 * HTTP Digest (RFC 7616) for camera pushes: parses {@code Authorization: Digest ...}, checks the
 * nonce (ours, fresh, {@code nc} not seen before), the {@code uri} against the request, and the
 * response against the camera's HA1; then the same source and name checks as a token. Makes the
 * {@code WWW-Authenticate} challenges: SHA-256 first, MD5 for older cameras.
 */
@Singleton
class DigestPushes {

  private final CameraRegistryHolder cameras;
  private final DigestNonces nonces;

  DigestPushes(CameraRegistryHolder cameras, DigestNonces nonces) {
    this.cameras = cameras;
    this.nonces = nonces;
  }

  /** The outcome of a Digest authorization, and whether the nonce was only stale. */
  record Outcome(PushCheck check, boolean stale) {}

  Outcome check(HttpRequest<?> request, String params, Optional<CameraId> named) {
    Map<String, String> p = parse(params);
    DigestCredentials.Response r =
        new DigestCredentials.Response(
            p.get("username"),
            p.get("realm"),
            p.get("nonce"),
            p.get("uri"),
            p.get("algorithm"),
            p.get("qop"),
            p.get("nc"),
            p.get("cnonce"),
            p.get("response"));
    if (r.nonce() == null || r.uri() == null || !r.uri().equals(target(request))) {
      return refused(false);
    }
    Optional<CameraId> camera = cameras.digest().verify(r, request.getMethodName());
    if (camera.isEmpty()) {
      return refused(false);
    }
    // The nonce is spent only by a correct response, so a guess cannot burn a camera's count.
    switch (nonces.use(r.nonce(), r.nc())) {
      case FRESH:
        break;
      case STALE:
        return refused(true);
      default:
        return refused(false);
    }
    return new Outcome(
        cameras
            .registry()
            .checkAuthenticated(camera.get(), request.getRemoteAddress().getAddress(), named),
        false);
  }

  /** One challenge per algorithm, strongest first. */
  List<String> challenges(boolean stale) {
    String nonce = nonces.issue();
    List<String> out = new ArrayList<>();
    for (Algorithm a : Algorithm.values()) {
      out.add(
          "Digest realm=\""
              + DigestCredentials.REALM
              + "\", qop=\"auth\", algorithm="
              + a.token()
              + ", nonce=\""
              + nonce
              + "\""
              + (stale ? ", stale=true" : ""));
    }
    return out;
  }

  private static Outcome refused(boolean stale) {
    return new Outcome(
        new Refused(
            Why.UNKNOWN_CREDENTIAL,
            null,
            stale ? "camera digest nonce expired: retry" : "camera credential not accepted"),
        stale);
  }

  /** The request-target as the client sent it: path and query. */
  private static String target(HttpRequest<?> request) {
    String query = request.getUri().getRawQuery();
    return request.getUri().getRawPath() + (query == null ? "" : "?" + query);
  }

  /** {@code key=value} or {@code key="quoted, \"value\""} pairs separated by commas. */
  static Map<String, String> parse(String params) {
    Map<String, String> out = new HashMap<>();
    int i = 0;
    int n = params.length();
    while (i < n) {
      while (i < n && (params.charAt(i) == ',' || Character.isWhitespace(params.charAt(i)))) {
        i++;
      }
      int eq = params.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = params.substring(i, eq).strip().toLowerCase(java.util.Locale.ROOT);
      i = eq + 1;
      StringBuilder value = new StringBuilder();
      if (i < n && params.charAt(i) == '"') {
        i++;
        while (i < n && params.charAt(i) != '"') {
          if (params.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          value.append(params.charAt(i++));
        }
        i++;
      } else {
        while (i < n && params.charAt(i) != ',') {
          value.append(params.charAt(i++));
        }
      }
      out.putIfAbsent(key, value.toString().strip());
    }
    return out;
  }
}
