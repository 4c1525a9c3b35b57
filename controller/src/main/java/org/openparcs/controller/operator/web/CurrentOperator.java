package org.openparcs.controller.operator.web;

import io.micronaut.http.HttpRequest;
import org.openparcs.controller.operator.model.OperatorSession;

/**
 * The operator of a request that passed {@link OperatorFilter}: every operator action is recorded
 * under this name, never under a name from the request body.
 */
public final class CurrentOperator {

  static final String ATTRIBUTE = "parcs.operator.session";

  private CurrentOperator() {}

  public static OperatorSession session(HttpRequest<?> request) {
    return request
        .getAttribute(ATTRIBUTE, OperatorSession.class)
        .orElseThrow(
            () -> new IllegalStateException("no operator session: the path is not guarded"));
  }

  /** The username the portal vouched for. */
  public static String name(HttpRequest<?> request) {
    return session(request).operator().username();
  }

  static String ip(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress().getHostAddress();
  }
}
