package org.openparcs.controller.operator.web;

import io.micronaut.http.HttpRequest;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A portal user acting at this garage through the portal's console (issue 5): the portal signs the
 * request with its order key and names its user in the query, which the signature covers ({@code
 * ?operator=<username>&operatorDepartment=<department>}). The portal has checked the user's role,
 * garage scope, training and second factor (POLICY A1, A4, A5); the garage records every action
 * under this name, never under a name from the request body.
 *
 * @param username the portal username (the portal's own form: letters, digits, {@code . _ @ -})
 * @param department the user's department as the portal holds it; empty when not given
 * @param keyId the portal key that signed the request
 * @param purpose the purpose the portal stated for it, checked against the garage's profile (U1)
 */
public record PortalActor(String username, String department, String keyId, String purpose) {

  /** The query parameter naming the portal user. */
  public static final String USER_PARAM = "operator";

  /** The query parameter naming the portal user's department. */
  public static final String DEPARTMENT_PARAM = "operatorDepartment";

  static final String ATTRIBUTE = "parcs.portal.actor";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  /** The user a portal-signed request names, when it names one well formed. */
  static Optional<PortalActor> named(HttpRequest<?> request, String keyId, String purpose) {
    String username = request.getParameters().get(USER_PARAM);
    if (username == null || !USERNAME.matcher(username).matches()) {
      return Optional.empty();
    }
    String department = request.getParameters().get(DEPARTMENT_PARAM);
    if (department == null
        || department.length() > 100
        || !department.matches(OperatorText.NO_MARKUP)) {
      department = "";
    }
    return Optional.of(new PortalActor(username, department.strip(), keyId, purpose));
  }

  static Optional<PortalActor> of(HttpRequest<?> request) {
    return request.getAttribute(ATTRIBUTE, PortalActor.class);
  }
}
