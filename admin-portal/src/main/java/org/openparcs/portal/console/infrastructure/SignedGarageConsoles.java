package org.openparcs.portal.console.infrastructure;

import io.micronaut.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.console.application.GarageConsoles;
import org.openparcs.portal.console.model.ConsoleAction;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.identity.infrastructure.OrderSigning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The garages' consoles over HTTPS (JDK client, the trust store of {@link ConsoleTlsSettings}).
 * Every request is signed with the portal's order key over method, path with query and body; the
 * query names the portal user ({@code operator}, {@code operatorDepartment}), so the garage knows
 * whom to record and nobody can change the name without breaking the signature. A garage that
 * cannot be reached is told in one sentence (logged without a stack trace); other garages are
 * unaffected (one connection per request or page).
 */
final class SignedGarageConsoles implements GarageConsoles {

  private static final Logger LOG = LoggerFactory.getLogger(SignedGarageConsoles.class);
  private static final java.time.Duration CONNECT_TIMEOUT = java.time.Duration.ofSeconds(5);
  static final String PURPOSE_HEADER = "Parcs-Purpose";

  /** By garage id in lower case: configuration keys lose their case ({@code consoles.G7.url}). */
  private final Map<String, ConsoleSettings> garages;

  private final OrderSigning signing;
  private final HttpClient http;
  private final JsonMapper json;
  private final Clock clock;
  private final ExecutorService streams;

  SignedGarageConsoles(
      Map<String, ConsoleSettings> garages,
      OrderSigning signing,
      SSLContext tls,
      JsonMapper json,
      Clock clock,
      ExecutorService streams) {
    this.garages = Map.copyOf(garages);
    this.signing = signing;
    this.json = json;
    this.clock = clock;
    this.streams = streams;
    this.http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public boolean knows(GarageId garage) {
    return garages.containsKey(key(garage));
  }

  static String key(GarageId garage) {
    return garage.value().toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Answer send(GarageId garage, ConsoleAction action, Actor actor, String purpose) {
    ConsoleSettings console = garages.get(key(garage));
    try {
      byte[] body = json.writeValueAsBytes(action.body());
      HttpRequest.Builder b =
          signed(console, "POST", action.path(), actor, purpose, body)
              .timeout(console.timeout())
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer.Answered(r.statusCode(), r.body());
    } catch (IOException e) {
      return new Answer.Unreachable(unreachable(garage, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer.Unreachable("interrupted");
    }
  }

  @Override
  public Image frame(GarageId garage, String frameId, Actor actor, String purpose) {
    ConsoleSettings console = garages.get(key(garage));
    String path = "/api/frames/" + URLEncoder.encode(frameId, StandardCharsets.UTF_8);
    try {
      HttpRequest.Builder b =
          signed(console, "GET", path, actor, purpose, new byte[0])
              .timeout(console.timeout())
              .GET();
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        return new Image.Refused(r.statusCode());
      }
      return new Image.Found(
          r.body(), r.headers().firstValue("Content-Type").orElse("application/octet-stream"));
    } catch (IOException e) {
      return new Image.Unreachable(unreachable(garage, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Image.Unreachable("interrupted");
    }
  }

  @Override
  public AutoCloseable stream(GarageId garage, Actor actor, String purpose, LiveView events) {
    ConsoleSettings console = garages.get(key(garage));
    AtomicBoolean closed = new AtomicBoolean();
    AtomicReference<InputStream> body = new AtomicReference<>();
    streams.execute(() -> relay(garage, console, actor, purpose, events, closed, body));
    return () -> {
      closed.set(true);
      InputStream in = body.getAndSet(null);
      if (in != null) {
        in.close();
      }
    };
  }

  private void relay(
      GarageId garage,
      ConsoleSettings console,
      Actor actor,
      String purpose,
      LiveView events,
      AtomicBoolean closed,
      AtomicReference<InputStream> body) {
    try {
      HttpRequest request =
          signed(console, "GET", "/console/events", actor, purpose, new byte[0])
              .timeout(console.timeout()) // until the answer's headers; the stream then has none
              .header("Accept", "text/event-stream")
              .GET()
              .build();
      HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      if (r.statusCode() != 200) {
        String answer = new String(r.body().readNBytes(2_000), StandardCharsets.UTF_8);
        r.body().close();
        LOG.warn(
            "Console of garage {}: the garage answered {}: {}", garage, r.statusCode(), answer);
        events.unreachable(
            "garage " + garage + " refused the portal's request (" + r.statusCode() + ")");
        return;
      }
      body.set(r.body());
      if (closed.get()) {
        r.body().close();
        return;
      }
      readEvents(r.body(), events);
      events.ended();
    } catch (IOException e) {
      if (!closed.get()) {
        events.unreachable(unreachable(garage, e));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      LOG.warn("Console of garage {}: relay stopped: {}", garage, e.toString());
      events.unreachable("the live view of garage " + garage + " stopped");
    }
  }

  /** Server-Sent Events: {@code event:} and {@code data:} lines, an empty line ends each event. */
  private static void readEvents(InputStream in, LiveView events) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String name = "message";
    StringBuilder data = new StringBuilder();
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isEmpty()) {
        if (data.length() > 0) {
          events.event(name, data.toString());
        }
        name = "message";
        data.setLength(0);
      } else if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        if (data.length() > 0) {
          data.append('\n');
        }
        data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
      }
    }
  }

  private HttpRequest.Builder signed(
      ConsoleSettings console,
      String method,
      String path,
      Actor actor,
      String purpose,
      byte[] body) {
    String pathAndQuery =
        path
            + "?"
            + Map.of("operator", actor.username(), "operatorDepartment", department(actor))
                .entrySet()
                .stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base(console) + pathAndQuery))
            .header(PURPOSE_HEADER, purpose);
    signing.requestHeaders(method, pathAndQuery, body, clock.instant()).forEach(b::header);
    return b;
  }

  private static String department(Actor actor) {
    return actor.department() == null ? "" : actor.department();
  }

  private static String base(ConsoleSettings console) {
    String url = console.url().strip();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** One sentence for the page; the log line says the same, without a stack trace. */
  private static String unreachable(GarageId garage, IOException e) {
    String why =
        switch (e.getClass().getSimpleName()) {
          case "ConnectException" -> "connection refused";
          case "HttpConnectTimeoutException", "HttpTimeoutException" -> "no answer in time";
          case "SSLHandshakeException" -> "its TLS certificate is not trusted here";
          default -> "the connection failed";
        };
    LOG.warn("Console of garage {} cannot be reached: {} ({})", garage, why, e.toString());
    return "garage " + garage + " cannot be reached: " + why;
  }
}
