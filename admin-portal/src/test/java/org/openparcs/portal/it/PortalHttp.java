package org.openparcs.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client against the running portal, with its own cookie jar (one browser). The jar is
 * a plain name-to-value map: java.net.CookieManager takes cookies with Max-Age for RFC 2965 cookies
 * and sends them back quoted, which no browser does.
 */
final class PortalHttp {

  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"csrfToken\" value=\"([^\"]+)\"");

  private final URI base;
  private final HttpClient client;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();

  /** Talks to the server on 127.0.0.1: java.net.CookieManager keeps no cookies for "localhost". */
  PortalHttp(URI server) {
    this.base = URI.create("http://127.0.0.1:" + server.getPort() + "/");
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  HttpResponse<String> get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET().build());
  }

  /** A GET with a garage's bearer token (the garage-facing API). */
  HttpResponse<String> get(String path, String accept, String bearerToken) {
    return send(
        request(path)
            .header("Accept", accept)
            .header("Authorization", "Bearer " + bearerToken)
            .GET()
            .build());
  }

  HttpResponse<String> postJson(String path, String bearerToken, byte[] body) {
    return postJson(path, bearerToken, body, Map.of());
  }

  HttpResponse<String> postJson(
      String path, String bearerToken, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return send(request.build());
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            // What a browser sends; Micronaut's login endpoint does not match "text/html" alone.
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** Posts a form whose fields may repeat (check boxes). */
  HttpResponse<String> postFormMulti(String path, List<Map.Entry<String, String>> fields) {
    String form =
        fields.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  HttpResponse<byte[]> getBytes(String path) {
    try {
      HttpResponse<byte[]> response =
          client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return response;
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Opens the login form and submits it with the form's CSRF token (the password step). */
  HttpResponse<String> logIn(String username, String password) {
    String token = csrfToken(get("/login", "text/html").body());
    return postForm(
        "/login", Map.of("username", username, "password", password, "csrfToken", token));
  }

  /** Both steps: the password, then the TOTP code of {@code secret} at the portal's next step. */
  HttpResponse<String> logIn(String username, String password, String secret, TestClock clock) {
    HttpResponse<String> first = logIn(username, password);
    if (!first.headers().firstValue("Location").orElse("").endsWith("/login/mfa")) {
      return first;
    }
    return submitCode(Totp.code(secret, clock.nextTotpStep()));
  }

  /** Submits the second-factor form. */
  HttpResponse<String> submitCode(String code) {
    String token = csrfToken(get("/login/mfa", "text/html").body());
    return postForm("/login/mfa", Map.of("code", code, "csrfToken", token));
  }

  /** The coordinator of application-test.yml, logged in with both factors. */
  HttpResponse<String> logInAsCoordinator(TestClock clock) {
    return logIn(Accounts.COORDINATOR, Accounts.PASSWORD, Accounts.SECRET, clock);
  }

  /** The value of a cookie in this browser's jar; null when it has none. */
  String cookie(String name) {
    return cookies.get(name);
  }

  static String csrfToken(String html) {
    Matcher m = CSRF_FIELD.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in the page");
    }
    return m.group(1);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private void keepCookies(HttpResponse<String> response) {
    List<String> setCookies = response.headers().allValues("Set-Cookie");
    for (String setCookie : setCookies) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
      if (expired) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      keepCookies(response);
      return response;
    } catch (IOException e) {
      throw new AssertionError("request to the portal failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
