package org.openparcs.controller.camera.infrastructure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.openparcs.controller.camera.model.PushCheck;
import org.openparcs.controller.garage.model.CameraId;
import org.openparcs.controller.shared.web.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request under {@code /api/cameras/} must come from a registered camera: its own bearer
 * token (or HTTP Basic with its id and token, or HTTP Digest, RFC 7616, with SHA-256 or MD5: see
 * {@link DigestPushes}), from one of its allowed addresses, and naming no other camera in the path
 * ({@code /api/cameras/{id}/...}). Refusals are answered 401/403 before the body is read, counted
 * and logged. The admitted camera is left on the request as {@link #CAMERA} for endpoints whose
 * body names a camera ({@link CameraPushes#mayName}).
 */
@ServerFilter("/api/cameras/**")
public class CameraPushFilter {

  /** Request attribute: the {@link CameraId} of the authenticated camera. */
  public static final String CAMERA = "parcs.camera";

  private static final Logger LOG = LoggerFactory.getLogger(CameraPushFilter.class);
  private static final String PREFIX = "/api/cameras/";

  private final CameraRegistryHolder cameras;
  private final CameraPushTally tally;
  private final DigestPushes digest;

  CameraPushFilter(CameraRegistryHolder cameras, CameraPushTally tally, DigestPushes digest) {
    this.cameras = cameras;
    this.tally = tally;
    this.digest = digest;
  }

  @RequestFilter
  @Nullable
  public HttpResponse<?> authenticate(HttpRequest<?> request) {
    String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    Optional<String> secret = Optional.empty();
    Optional<CameraId> claimed = Optional.empty();
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      secret = Optional.of(authorization.substring(7).trim());
    } else if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] pair = basic(authorization.substring(6).trim());
      if (pair != null && validId(pair[0])) {
        claimed = Optional.of(new CameraId(pair[0]));
        secret = Optional.of(pair[1]);
      }
    }
    PushCheck check;
    boolean stale = false;
    if (authorization != null && authorization.regionMatches(true, 0, "Digest ", 0, 7)) {
      DigestPushes.Outcome outcome =
          digest.check(request, authorization.substring(7), named(request));
      check = outcome.check();
      stale = outcome.stale();
    } else {
      check =
          cameras
              .registry()
              .check(secret, claimed, request.getRemoteAddress().getAddress(), named(request));
    }
    boolean staleNonce = stale;
    return check.match(
        ok -> {
          request.setAttribute(CAMERA, ok.camera());
          tally.admitted(ok.camera());
          return null;
        },
        refused -> {
          String source = request.getRemoteAddress().getAddress().getHostAddress();
          tally.refused(refused, source);
          LOG.warn(
              "Refused a camera push to {} from {}: {} ({})",
              request.getPath(),
              source,
              refused.reason(),
              refused.why());
          MutableHttpResponse<ErrorBody> answer =
              HttpResponse.<ErrorBody>status(HttpStatus.valueOf(refused.why().status()))
                  .body(new ErrorBody(refused.reason()));
          if (refused.why().status() != 401) {
            return answer;
          }
          answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer, Basic realm=\"cameras\"");
          // RFC 7616: cameras that speak only Digest pick one of these (SHA-256, or MD5).
          digest
              .challenges(staleNonce)
              .forEach(c -> answer.header(HttpHeaders.WWW_AUTHENTICATE, c));
          return answer;
        });
  }

  /** {@code /api/cameras/{id}/...}: the camera the path names; none for {@code /api/cameras/x}. */
  static Optional<CameraId> named(HttpRequest<?> request) {
    String path = request.getPath();
    if (!path.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String rest = path.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    String id = rest.substring(0, slash);
    return validId(id) ? Optional.of(new CameraId(id)) : Optional.of(new CameraId("invalid-id"));
  }

  private static boolean validId(String id) {
    try {
      new CameraId(id);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String[] basic(String encoded) {
    try {
      String text = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      return colon <= 0 ? null : new String[] {text.substring(0, colon), text.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
