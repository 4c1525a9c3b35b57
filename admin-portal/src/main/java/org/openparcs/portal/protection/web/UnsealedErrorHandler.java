package org.openparcs.portal.protection.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.protection.UnsealException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sealed plate that does not open (POLICY K1): changed in the database, moved from another
 * column, or sealed under a key no longer configured. The operator sees it in the log with a
 * reference; the client gets a clear 500 that names the cause, never a plate or a key.
 */
@Singleton
@Produces
@Requires(classes = ExceptionHandler.class)
public class UnsealedErrorHandler implements ExceptionHandler<UnsealException, HttpResponse<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(UnsealedErrorHandler.class);

  @Override
  public HttpResponse<?> handle(HttpRequest request, UnsealException exception) {
    String reference = UUID.randomUUID().toString();
    LOG.error(
        "A sealed plate did not open on {} {} (reference {}): {}",
        request.getMethod(),
        request.getPath(),
        reference,
        exception.getMessage());
    return HttpResponse.serverError(
        new ApiError(
            "stored plate data failed its integrity check (tampered, or sealed under a key no"
                + " longer configured); reference "
                + reference));
  }
}
