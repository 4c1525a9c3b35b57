package org.openparcs.controller.reporting.infrastructure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.openparcs.controller.identity.infrastructure.GarageSigner;
import org.openparcs.controller.reporting.infrastructure.JdbcOutbox.Pending;

/**
 * Delivers outbox events to the portal's ingest endpoint over HTTP(S), each request signed with the
 * garage's enrolled key (or, before enrolment, with its bearer token).
 */
final class PortalClient implements PortalDelivery {

  /** The portal shows each garage's backlog from this header (see the portal's ingest contract). */
  static final String BACKLOG_HEADER = "Parcs-Outbox-Backlog";

  private final HttpClient http;
  private final URI endpoint;
  private final PortalSettings settings;
  private final GarageSigner signer;
  private final Clock clock;

  PortalClient(
      PortalSettings settings, String garageId, GarageSigner signer, SSLContext tls, Clock clock) {
    this.settings = settings;
    this.signer = signer;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).sslContext(tls).build();
    String base = settings.url().endsWith("/") ? settings.url() : settings.url() + "/";
    this.endpoint = URI.create(base).resolve("api/garages/" + garageId + "/events");
  }

  @Override
  public void deliver(List<Pending> events, long backlog) throws DeliveryFailed {
    byte[] body = body(events).getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(endpoint)
            .timeout(settings.requestTimeout())
            .header("Content-Type", "application/json")
            .header(BACKLOG_HEADER, Long.toString(Math.max(0, backlog)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signer.enabled()) {
      signer.headers("POST", endpoint.getRawPath(), body, clock.instant()).forEach(builder::header);
    } else {
      builder.header(
          "Authorization", "Bearer " + (settings.token() == null ? "" : settings.token()));
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        String text = response.body() == null ? "" : response.body();
        int status = response.statusCode();
        // 408/429/5xx: the portal may take it later. Other 4xx: it refuses this batch as sent.
        boolean retryable = status >= 500 || status == 408 || status == 429;
        throw new DeliveryFailed(
            "portal answered " + status + ": " + text.substring(0, Math.min(200, text.length())),
            retryable,
            null);
      }
    } catch (IOException e) {
      throw new DeliveryFailed("portal unreachable at " + endpoint + ": " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryFailed("interrupted", false, e);
    }
  }

  /**
   * The payloads are JSON the controller wrote and sealed (POLICY K1: the seal authenticates them),
   * so they are embedded as is.
   */
  static String body(List<Pending> events) {
    StringBuilder b = new StringBuilder(events.size() * 300).append("{\"events\":[");
    for (int i = 0; i < events.size(); i++) {
      Pending e = events.get(i);
      if (i > 0) {
        b.append(',');
      }
      b.append("{\"eventId\":\"")
          .append(e.eventId())
          .append("\",\"seq\":")
          .append(e.seq())
          .append(",\"type\":\"")
          .append(e.type())
          .append("\",\"occurredAt\":\"")
          .append(e.occurredAt())
          .append("\",\"payload\":")
          .append(e.payload())
          .append('}');
    }
    return b.append("]}").toString();
  }
}
