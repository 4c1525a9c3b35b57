package org.openparcs.controller.retention.infrastructure;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.openparcs.controller.identity.infrastructure.GarageSigner;
import org.openparcs.controller.reporting.infrastructure.PortalSettings;
import org.openparcs.controller.retention.application.PurgeOrderInbox;
import org.openparcs.controller.retention.application.ReceivedOrder;
import org.openparcs.controller.retention.infrastructure.ResilientPortalCalls.CallFailed;
import org.openparcs.controller.retention.model.PurgeCounts;

/**
 * The portal's purge-order API over HTTP ({@code GET /api/garages/{id}/purge-orders}, {@code POST
 * .../{orderId}/confirmation}) with the garage's bearer token, through {@link
 * ResilientPortalCalls}.
 */
final class PortalPurgeOrders implements PurgeOrderInbox {

  private final HttpClient http;
  private final URI orders;
  private final PortalSettings settings;
  private final JsonMapper json;
  private final ResilientPortalCalls calls;
  private final Clock clock;
  private final GarageSigner signer;

  PortalPurgeOrders(
      PortalSettings settings,
      String garageId,
      JsonMapper json,
      Clock clock,
      GarageSigner signer,
      SSLContext tls) {
    this.settings = settings;
    this.json = json;
    this.clock = clock;
    this.signer = signer;
    this.http =
        HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).sslContext(tls).build();
    String base = settings.url().endsWith("/") ? settings.url() : settings.url() + "/";
    this.orders = URI.create(base).resolve("api/garages/" + garageId + "/purge-orders");
    this.calls = new ResilientPortalCalls(settings, clock);
  }

  @Override
  public List<ReceivedOrder> pending() throws PortalUnavailable {
    String body =
        calls.call(
            "fetching purge orders", () -> send(request(orders, "GET", new byte[0]).GET().build()));
    try {
      JsonNode root = json.readValue(body, JsonNode.class);
      JsonNode list = root == null ? null : root.get("orders");
      if (list == null || !list.isArray()) {
        throw new PortalUnavailable("the portal's answer has no orders list", null);
      }
      List<ReceivedOrder> received = new ArrayList<>();
      for (JsonNode node : list.values()) {
        String document = json.writeValueAsString(node);
        received.add(
            new ReceivedOrder(json.readValue(document, OrderDocument.class).toOrder(), document));
      }
      return received;
    } catch (IOException | RuntimeException e) {
      throw new PortalUnavailable("the portal's purge orders cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean confirm(UUID orderId, Instant completedAt, PurgeCounts counts)
      throws PortalUnavailable {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("completedAt", completedAt.toString());
    body.put("counts", counts.asMap());
    String text;
    try {
      text = json.writeValueAsString(body);
    } catch (IOException e) {
      throw new PortalUnavailable("cannot write the confirmation: " + e, e);
    }
    URI uri = URI.create(orders + "/" + orderId + "/confirmation");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String answer =
        calls.call(
            "confirming purge order " + orderId,
            () ->
                send(
                    request(uri, "POST", bytes)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                        .build()));
    return answer.contains("\"recorded\":true");
  }

  String circuitState() {
    return calls.circuitState();
  }

  /** Signed like event deliveries when the garage has a machine key, else the bearer token. */
  private HttpRequest.Builder request(URI uri, String method, byte[] body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout())
            .header("Accept", "application/json");
    if (signer.enabled()) {
      signer.headers(method, uri.getRawPath(), body, clock.instant()).forEach(builder::header);
    } else {
      builder.header(
          "Authorization", "Bearer " + (settings.token() == null ? "" : settings.token()));
    }
    return builder;
  }

  private String send(HttpRequest request) throws CallFailed {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status / 100 != 2) {
        String text = response.body() == null ? "" : response.body();
        boolean retryable = status >= 500 || status == 408 || status == 429;
        throw new CallFailed(
            "portal answered " + status + ": " + text.substring(0, Math.min(200, text.length())),
            retryable,
            null);
      }
      return response.body();
    } catch (IOException e) {
      throw new CallFailed("portal unreachable at " + request.uri() + ": " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CallFailed("interrupted", false, e);
    }
  }
}
