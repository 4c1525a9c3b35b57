package org.openparcs.portal.access.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;
import org.openparcs.portal.access.model.NotPermitted;
import org.openparcs.portal.common.web.ApiError;

/** Answers for requests the user may not make: the same for every record asked (POLICY A6). */
final class AccessErrorHandlers {

  private AccessErrorHandlers() {}

  static boolean wantsHtml(HttpRequest<?> request) {
    return request.getPath().startsWith("/api/")
        ? false
        : request.getHeaders().accept().stream().anyMatch(m -> m.matches(MediaType.TEXT_HTML_TYPE));
  }

  /** 403 with one sentence; no detail of what exists. */
  @Singleton
  @Produces
  @Requires(classes = ExceptionHandler.class)
  static class NotPermittedHandler implements ExceptionHandler<NotPermitted, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, NotPermitted exception) {
      if (wantsHtml(request)) {
        return HttpResponse.status(HttpStatus.FORBIDDEN)
            .contentType(MediaType.TEXT_HTML_TYPE)
            .body(
                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not"
                    + " allowed</title><link rel=\"stylesheet\" href=\"/static/portal.css\"></head>"
                    + "<body><main><h1 id=\"forbidden\">Not allowed</h1><p>Your roles do not allow"
                    + " this page.</p><p><a href=\"/\">Back</a></p></main></body></html>");
      }
      return HttpResponse.status(HttpStatus.FORBIDDEN)
          .body(new ApiError("your roles do not allow this request"));
    }
  }

  /** A session whose user was disabled since: back to the log-in form (or 401 for the API). */
  @Singleton
  @Produces
  @Requires(classes = ExceptionHandler.class)
  static class SessionHandler
      implements ExceptionHandler<CurrentActor.SessionNoLongerValid, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, CurrentActor.SessionNoLongerValid e) {
      if (wantsHtml(request)) {
        return HttpResponse.seeOther(URI.create("/login"));
      }
      return HttpResponse.unauthorized().body(new ApiError("log in again"));
    }
  }
}
