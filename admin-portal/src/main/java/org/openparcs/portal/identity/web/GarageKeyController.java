package org.openparcs.portal.identity.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.util.Map;
import org.openparcs.identity.KeyIds;
import org.openparcs.identity.SignedRequests;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.identity.application.RotateGarageKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key rotation by the garage (README "Machine identities"): {@code POST /api/garages/{id}/keys
 * {"keyId","publicKey"}} enrols the next key and {@code POST
 * /api/garages/{id}/keys/{keyId}/revocation} revokes an old one. Both must be signed by an active
 * key of that garage; a bearer token is not enough.
 */
@Controller("/api/garages/{garageId}/keys")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class GarageKeyController {

  private static final Logger LOG = LoggerFactory.getLogger(GarageKeyController.class);

  private final GarageRequests requests;
  private final RotateGarageKey rotate;
  private final JsonMapper json;

  GarageKeyController(GarageRequests requests, RotateGarageKey rotate, JsonMapper json) {
    this.requests = requests;
    this.rotate = rotate;
    this.json = json;
  }

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> enrol(
      HttpRequest<?> request, @PathVariable String garageId, @Nullable @Body byte[] body) {
    if (request.getHeaders().get(SignedRequests.SIGNATURE) == null) {
      return GarageRequests.refused(
          new GarageAccess.Unauthenticated("key changes must be signed by an active key"));
    }
    GarageAccess access = requests.admit(request, garageId, body);
    if (!(access instanceof GarageAccess.Admitted admitted)) {
      return GarageRequests.refused(access);
    }
    Map<?, ?> fields;
    try {
      fields = body == null ? Map.of() : json.readValue(body, Map.class);
    } catch (IOException e) {
      return HttpResponse.badRequest(new ApiError("the body is not JSON"));
    }
    if (!(fields.get("keyId") instanceof String keyId)
        || !KeyIds.isValid(keyId)
        || !(fields.get("publicKey") instanceof String publicKey)) {
      return HttpResponse.badRequest(
          new ApiError("keyId (1-64 of A-Z a-z 0-9 . _ -) and publicKey (Base64) are required"));
    }
    String signer = request.getHeaders().get(SignedRequests.KEY_ID);
    RotateGarageKey.Outcome outcome = rotate.enrol(admitted.garageId(), signer, keyId, publicKey);
    return answer(outcome, admitted.garageId(), keyId, "enrolled", signer);
  }

  @Post(uri = "/{keyId}/revocation", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> revoke(
      HttpRequest<?> request,
      @PathVariable String garageId,
      @PathVariable String keyId,
      @Nullable @Body byte[] body) {
    if (request.getHeaders().get(SignedRequests.SIGNATURE) == null) {
      return GarageRequests.refused(
          new GarageAccess.Unauthenticated("key changes must be signed by an active key"));
    }
    GarageAccess access = requests.admit(request, garageId, body);
    if (!(access instanceof GarageAccess.Admitted admitted)) {
      return GarageRequests.refused(access);
    }
    String signer = request.getHeaders().get(SignedRequests.KEY_ID);
    RotateGarageKey.Outcome outcome = rotate.revoke(admitted.garageId(), signer, keyId);
    return answer(outcome, admitted.garageId(), keyId, "revoked", signer);
  }

  private static HttpResponse<?> answer(
      RotateGarageKey.Outcome outcome, GarageId garage, String keyId, String done, String signer) {
    switch (outcome) {
      case DONE:
        LOG.info("Garage {} {} key {} (signed with key {})", garage.value(), done, keyId, signer);
        return HttpResponse.ok(Map.of("garageId", garage.value(), "keyId", keyId, done, true));
      case NOT_A_KEY:
        return HttpResponse.badRequest(new ApiError("publicKey is not an Ed25519 public key"));
      case NO_SUCH_KEY:
        return HttpResponse.notFound(new ApiError("this garage has no key " + keyId));
      case CANNOT_REVOKE_SIGNING_KEY:
        return HttpResponse.status(HttpStatus.CONFLICT)
            .body(new ApiError("a key cannot revoke itself: sign with the garage's other key"));
      default:
        return HttpResponse.status(HttpStatus.CONFLICT)
            .body(new ApiError("key id " + keyId + " is taken by another key"));
    }
  }
}
