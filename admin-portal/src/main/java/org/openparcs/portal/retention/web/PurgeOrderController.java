package org.openparcs.portal.retention.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.garage.application.AdmitGarage;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageAdmissionPolicy;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageToken;
import org.openparcs.portal.retention.application.ConfirmPurgeOrder;
import org.openparcs.portal.retention.application.FetchPurgeOrders;

/**
 * The purge-order contract for garages (README "Purge orders"): a garage polls its pending orders
 * and confirms each with its counts, with the same bearer token as its event deliveries.
 */
@Controller("/api/garages/{garageId}/purge-orders")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PurgeOrderController {

  private static final String BEARER = "Bearer ";

  private final AdmitGarage admitGarage;
  private final FetchPurgeOrders fetch;
  private final ConfirmPurgeOrder confirm;
  private final ConfirmationReader reader;

  PurgeOrderController(
      AdmitGarage admitGarage,
      FetchPurgeOrders fetch,
      ConfirmPurgeOrder confirm,
      ConfirmationReader reader) {
    this.admitGarage = admitGarage;
    this.fetch = fetch;
    this.confirm = confirm;
    this.reader = reader;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> pending(
      @PathVariable String garageId,
      @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization) {
    GarageAccess access = admit(garageId, authorization);
    if (!(access instanceof GarageAccess.Admitted admitted)) {
      return refused(access);
    }
    return HttpResponse.ok(
        Map.of("orders", fetch.pending(admitted).stream().map(OrderJson::of).toList()));
  }

  @Post(
      uri = "/{orderId}/confirmation",
      consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> confirmation(
      @PathVariable String garageId,
      @PathVariable String orderId,
      @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Body byte[] body) {
    GarageAccess access = admit(garageId, authorization);
    if (!(access instanceof GarageAccess.Admitted admitted)) {
      return refused(access);
    }
    Optional<UUID> id = uuid(orderId);
    if (id.isEmpty()) {
      return HttpResponse.notFound(new ApiError("no such purge order for this garage"));
    }
    ConfirmationReader.Parsed parsed = reader.read(body);
    if (parsed.problem() != null) {
      return HttpResponse.badRequest(new ApiError(parsed.problem()));
    }
    ConfirmPurgeOrder.Outcome outcome =
        confirm.confirm(admitted, id.get(), parsed.completedAt(), parsed.counts());
    if (outcome == ConfirmPurgeOrder.Outcome.UNKNOWN_ORDER) {
      return HttpResponse.notFound(new ApiError("no such purge order for this garage"));
    }
    return HttpResponse.ok(
        Map.of(
            "orderId",
            id.get().toString(),
            "recorded",
            outcome == ConfirmPurgeOrder.Outcome.CONFIRMED));
  }

  private static HttpResponse<?> refused(GarageAccess access) {
    if (access instanceof GarageAccess.Forbidden forbidden) {
      return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(forbidden.reason()));
    }
    return HttpResponse.unauthorized()
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .body(new ApiError(((GarageAccess.Unauthenticated) access).reason()));
  }

  private GarageAccess admit(String garageId, String authorization) {
    Optional<GarageToken> token = Optional.empty();
    if (authorization != null
        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && !authorization.substring(BEARER.length()).isBlank()) {
      token = Optional.of(new GarageToken(authorization.substring(BEARER.length()).trim()));
    }
    if (!GarageId.isValid(garageId)) {
      return GarageAdmissionPolicy.decide(null, token, Optional.empty());
    }
    return admitGarage.admit(new GarageId(garageId), token);
  }

  private static Optional<UUID> uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
