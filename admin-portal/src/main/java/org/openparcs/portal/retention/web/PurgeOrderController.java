package org.openparcs.portal.retention.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.identity.infrastructure.OrderSigning;
import org.openparcs.portal.identity.web.GarageRequests;
import org.openparcs.portal.retention.application.ConfirmPurgeOrder;
import org.openparcs.portal.retention.application.FetchPurgeOrders;

/**
 * The purge-order contract for garages (README "Purge orders"): a garage polls its pending orders
 * and confirms each with its counts, authenticated like its event deliveries (signed requests).
 * Each order carries the portal's signature, which the garage checks before it acts.
 */
@Controller("/api/garages/{garageId}/purge-orders")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PurgeOrderController {

  private final GarageRequests garageRequests;
  private final FetchPurgeOrders fetch;
  private final ConfirmPurgeOrder confirm;
  private final ConfirmationReader reader;
  private final OrderSigning signing;

  PurgeOrderController(
      GarageRequests garageRequests,
      FetchPurgeOrders fetch,
      ConfirmPurgeOrder confirm,
      ConfirmationReader reader,
      OrderSigning signing) {
    this.garageRequests = garageRequests;
    this.signing = signing;
    this.fetch = fetch;
    this.confirm = confirm;
    this.reader = reader;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> pending(HttpRequest<?> request, @PathVariable String garageId) {
    GarageAccess access = garageRequests.admit(request, garageId, null);
    if (!(access instanceof GarageAccess.Admitted admitted)) {
      return GarageRequests.refused(access);
    }
    return HttpResponse.ok(
        Map.of(
            "orders",
            fetch.pending(admitted).stream()
                .map(o -> signing.sign(OrderJson.of(o).asMap()))
                .toList()));
  }

  @Post(
      uri = "/{orderId}/confirmation",
      consumes = MediaType.APPLICATION_JSON,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> confirmation(
      HttpRequest<?> request,
      @PathVariable String garageId,
      @PathVariable String orderId,
      @Nullable @Body byte[] body) {
    GarageAccess access = garageRequests.admit(request, garageId, body);
    if (!(access instanceof GarageAccess.Admitted admitted)) {
      return GarageRequests.refused(access);
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

  private static Optional<UUID> uuid(String text) {
    try {
      UUID id = UUID.fromString(text);
      return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
