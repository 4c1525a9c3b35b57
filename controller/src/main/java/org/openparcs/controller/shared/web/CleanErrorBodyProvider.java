package org.openparcs.controller.shared.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every framework error (bad JSON, failed validation, body too large, wrong media type) into
 * {@code {"error": "..."}} with a sentence a camera integrator can act on, stripped of class names
 * and parser internals.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
public class CleanErrorBodyProvider implements JsonErrorResponseBodyProvider<ErrorBody> {

  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\s*at \\[Source:.*", Pattern.DOTALL);
  private static final Pattern CLASS_REFERENCE =
      Pattern.compile("\\s*(of type )?\\[class [\\w.$]+\\]");
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\b(?:[a-z]\\w*\\.){2,}[A-Z][\\w$]*");
  private static final Pattern CONVERSION_PREFIX =
      Pattern.compile("Failed to convert argument \\[\\w+\\] for value \\[.*?\\] due to: ");

  @Override
  public ErrorBody body(ErrorContext context, HttpResponse<?> response) {
    String message =
        context.getErrors().stream()
            .map(Error::getMessage)
            .map(CleanErrorBodyProvider::clean)
            .distinct()
            .collect(Collectors.joining("; "));
    if (message.isBlank()) {
      message = response.getStatus().getReason();
    }
    return new ErrorBody(message);
  }

  static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String m = SOURCE_LOCATION.matcher(raw).replaceAll("");
    boolean unreadableBody = CONVERSION_PREFIX.matcher(m).find();
    m = CONVERSION_PREFIX.matcher(m).replaceAll("");
    m = CLASS_REFERENCE.matcher(m).replaceAll("");
    m = QUALIFIED_NAME.matcher(m).replaceAll("");
    m = m.replace("Error decoding property", "bad field").strip();
    return unreadableBody ? "the body is not valid JSON for this endpoint: " + m : m;
  }
}
