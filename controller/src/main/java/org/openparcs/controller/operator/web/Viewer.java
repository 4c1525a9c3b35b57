package org.openparcs.controller.operator.web;

import io.micronaut.http.HttpRequest;
import java.util.Optional;

/**
 * Who is looking at the garage's plate data in this request (POLICY T1): an operator of this garage
 * by their console session, a portal user through the portal's console (a request signed by the
 * portal naming its user), or the portal itself by a request signed with its key.
 *
 * @param name the operator's username, or {@code portal:<key id>}
 * @param via {@code session} or {@code portal}
 * @param purpose what the access is for (POLICY U1)
 */
public record Viewer(String name, String department, String via, String purpose) {

  static final String ATTRIBUTE = "parcs.viewer";

  /** The viewer of a request that passed {@link ViewerFilter} or {@link OperatorFilter}. */
  public static Optional<Viewer> of(HttpRequest<?> request) {
    Optional<Viewer> viewer = request.getAttribute(ATTRIBUTE, Viewer.class);
    if (viewer.isPresent()) {
      return viewer;
    }
    Optional<PortalActor> portalUser = PortalActor.of(request);
    if (portalUser.isPresent()) {
      return Optional.of(
          new Viewer(
              portalUser.get().username(),
              portalUser.get().department(),
              "portal",
              portalUser.get().purpose()));
    }
    return request
        .getAttribute(
            CurrentOperator.ATTRIBUTE,
            org.openparcs.controller.operator.model.OperatorSession.class)
        .map(
            s ->
                new Viewer(
                    s.operator().username(), s.operator().department(), "session", s.purpose()));
  }
}
