package org.openparcs.portal.access.model;

/**
 * A request the user's roles do not allow (HTTP 403). Thrown before anything is looked up, so the
 * answer is the same whether the record asked for exists or not (POLICY A6).
 */
public final class NotPermitted extends RuntimeException {

  public NotPermitted(Permission missing) {
    super("your roles do not allow this (" + missing.name() + ")");
  }
}
