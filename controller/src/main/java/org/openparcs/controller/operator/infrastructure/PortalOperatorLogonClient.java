package org.openparcs.controller.operator.infrastructure;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import org.openparcs.controller.identity.infrastructure.GarageSigner;
import org.openparcs.controller.identity.infrastructure.PortalOrderVerifier;
import org.openparcs.controller.operator.application.PortalOperatorLogons;
import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.controller.reporting.infrastructure.PortalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/garages/{id}/operator-logons} at the portal, signed with this garage's key like
 * its event deliveries. The answer counts only when it carries a portal signature this garage
 * trusts ({@code parcs.identity.portal-keys}), is addressed to this garage, is an operator
 * assertion and has not expired. One attempt per log-on: the operator at the form retries, not this
 * client.
 */
final class PortalOperatorLogonClient implements PortalOperatorLogons {

  private static final Logger LOG = LoggerFactory.getLogger(PortalOperatorLogonClient.class);

  private final HttpClient http;
  private final URI endpoint;
  private final PortalSettings settings;
  private final GarageSigner signer;
  private final PortalOrderVerifier verifier;
  private final JsonMapper json;
  private final Clock clock;

  PortalOperatorLogonClient(
      PortalSettings settings,
      String garageId,
      GarageSigner signer,
      PortalOrderVerifier verifier,
      SSLContext tls,
      JsonMapper json,
      Clock clock) {
    this.settings = settings;
    this.signer = signer;
    this.verifier = verifier;
    this.json = json;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).sslContext(tls).build();
    String base = settings.url().endsWith("/") ? settings.url() : settings.url() + "/";
    this.endpoint = URI.create(base).resolve("api/garages/" + garageId + "/operator-logons");
  }

  @Override
  public Answer logOn(Credentials credentials, String ip) {
    if (!verifier.hasPortalKeys()) {
      return new Answer.Unavailable(
          "this garage trusts no portal key (parcs.identity.portal-keys), so it cannot verify"
              + " the portal's answer");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("username", credentials.username());
    fields.put("password", credentials.password());
    fields.put("code", credentials.code().strip());
    fields.put("ip", ip);
    try {
      byte[] body = json.writeValueAsBytes(fields);
      HttpRequest.Builder b =
          HttpRequest.newBuilder(endpoint)
              .timeout(settings.requestTimeout())
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      if (signer.enabled()) {
        signer.headers("POST", endpoint.getRawPath(), body, clock.instant()).forEach(b::header);
      } else {
        b.header("Authorization", "Bearer " + (settings.token() == null ? "" : settings.token()));
      }
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return answer(r.statusCode(), r.body());
    } catch (IOException e) {
      LOG.warn("Operator log-on: the portal at {} cannot be reached: {}", endpoint, e.toString());
      return new Answer.Unavailable("no answer from the portal");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer.Unavailable("interrupted");
    }
  }

  @SuppressWarnings("unchecked")
  private Answer answer(int status, String body) throws IOException {
    Map<String, Object> parsed;
    try {
      parsed = json.readValue(body == null ? "{}" : body, Map.class);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Operator log-on: the portal answered {} with a body that is not JSON", status);
      return new Answer.Unavailable("the portal's answer cannot be read");
    }
    if (status == 401 || status == 403) {
      Object message = parsed == null ? null : parsed.get("message");
      return new Answer.Refused(message == null ? "refused by the portal" : message.toString());
    }
    if (status != 200) {
      LOG.warn("Operator log-on: the portal answered {}: {}", status, parsed);
      return new Answer.Unavailable("the portal answered " + status);
    }
    if (!verifier.verify(parsed).verified()) {
      return new Answer.Unavailable("the portal's answer does not carry a signature trusted here");
    }
    return identity(parsed);
  }

  private static Set<String> roles(Object roles) {
    Set<String> out = new HashSet<>();
    if (roles instanceof List<?> list) {
      for (Object r : list) {
        out.add(String.valueOf(r));
      }
    }
    return out;
  }

  private Answer identity(Map<String, Object> a) {
    try {
      if (!"operator-assertion".equals(a.get("type"))) {
        return new Answer.Unavailable("the portal's answer is not an operator assertion");
      }
      OperatorIdentity operator =
          new OperatorIdentity(
              (String) a.get("username"),
              (String) a.get("department"),
              UUID.fromString((String) a.get("assertionId")),
              Instant.parse((String) a.get("expiresAt")),
              (String) a.get("garageId"),
              roles(a.get("roles")));
      if (!clock.instant().isBefore(operator.expiresAt())) {
        return new Answer.Unavailable("the portal's assertion has already expired");
      }
      return new Answer.Admitted(operator);
    } catch (RuntimeException e) {
      return new Answer.Unavailable("the portal's assertion is incomplete");
    }
  }
}
