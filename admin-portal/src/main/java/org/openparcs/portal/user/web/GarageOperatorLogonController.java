package org.openparcs.portal.user.web;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.identity.infrastructure.OrderSigning;
import org.openparcs.portal.identity.web.GarageRequests;
import org.openparcs.portal.user.application.LogOnGarageOperator;
import org.openparcs.portal.user.application.LogOnGarageOperator.Outcome;
import org.openparcs.portal.user.model.Role;

/**
 * A garage operator's log-on at a garage's console ({@code POST
 * /api/garages/{garageId}/operator-logons}, garage-signed like every garage request): body {@code
 * {"username","password","code","ip"}}. Answers {@code 200} with an operator assertion signed by
 * the portal's order key ({@code type: operator-assertion}, assertion id, garage, username,
 * department, roles, issued and expiry times), {@code 401} for credentials not accepted (one
 * sentence for every such failure, POLICY A6), {@code 403} for a user who may not operate this
 * garage (A4, A5), {@code 400} for a malformed body, {@code 503} when the portal has no order key
 * to sign with.
 */
@Controller("/api/garages/{garageId}/operator-logons")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class GarageOperatorLogonController {

  /** Longer fields than these are not credentials; refused before anything is checked. */
  private static final int MAX_FIELD = 256;

  private final GarageRequests garageRequests;
  private final LogOnGarageOperator logOn;
  private final OrderSigning signing;
  private final JsonMapper json;

  GarageOperatorLogonController(
      GarageRequests garageRequests,
      LogOnGarageOperator logOn,
      OrderSigning signing,
      JsonMapper json) {
    this.garageRequests = garageRequests;
    this.logOn = logOn;
    this.signing = signing;
    this.json = json;
  }

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> logOn(
      HttpRequest<?> request, @PathVariable String garageId, @Nullable @Body byte[] body) {
    GarageAccess access = garageRequests.admit(request, garageId, body);
    if (!(access instanceof GarageAccess.Admitted admitted)) {
      return GarageRequests.refused(access);
    }
    if (!signing.enabled()) {
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(new ApiError("the portal has no order key: it cannot sign operator log-ons"));
    }
    Map<String, String> fields = fields(body);
    if (fields == null) {
      return HttpResponse.badRequest(
          new ApiError(
              "the body must be JSON with username, password and code (each at most "
                  + MAX_FIELD
                  + " characters) and ip"));
    }
    Outcome outcome =
        logOn.logOn(
            new LogOnGarageOperator.Request(
                admitted.garageId(),
                fields.get("username"),
                fields.get("password"),
                fields.get("code"),
                fields.get("ip")));
    if (outcome instanceof Outcome.Refused refused) {
      return HttpResponse.status(
              refused.credentials() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN)
          .body(new ApiError(refused.message()));
    }
    return HttpResponse.ok(signing.sign(assertion((Outcome.Admitted) outcome)));
  }

  private static Map<String, Object> assertion(Outcome.Admitted a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "operator-assertion");
    m.put("assertionId", a.assertionId().toString());
    m.put("garageId", a.garage().value());
    m.put("username", a.username());
    m.put("department", a.department() == null ? "" : a.department());
    m.put("roles", a.roles().stream().map(Role::name).sorted().toList());
    m.put("issuedAt", a.issuedAt().toString());
    m.put("expiresAt", a.expiresAt().toString());
    return m;
  }

  @SuppressWarnings("unchecked")
  private Map<String, String> fields(byte[] body) {
    if (body == null || body.length == 0 || body.length > 4096) {
      return null;
    }
    Map<String, Object> parsed;
    try {
      parsed = json.readValue(body, Map.class);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : new String[] {"username", "password", "code", "ip"}) {
      Object value = parsed == null ? null : parsed.get(name);
      if (value != null && !(value instanceof String)) {
        return null;
      }
      String text = (String) value;
      if (text != null && text.length() > MAX_FIELD) {
        return null;
      }
      if (text == null && !name.equals("ip")) {
        return null;
      }
      out.put(name, text);
    }
    return out;
  }
}
