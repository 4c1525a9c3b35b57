package org.openparcs.portal.common.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any failure no other handler answers: logged with a reference, answered 500 with that reference
 * only. Clients never see a stack trace, an exception class or an SQL statement.
 */
@Singleton
@Produces
@Requires(classes = ExceptionHandler.class)
public class UnexpectedErrorHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

  @Override
  public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
    String reference = UUID.randomUUID().toString();
    LOG.error(
        "Unexpected failure on {} {} (reference {})",
        request.getMethod(),
        request.getPath(),
        reference,
        exception);
    return HttpResponse.serverError(
        new ApiError(
            "internal error; the portal's log has the details under reference " + reference));
  }
}
