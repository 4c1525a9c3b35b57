package org.openparcs.controller.shared.infrastructure;

/** The garage database failed; never reported to a client as "not found". */
public class DataAccessException extends RuntimeException {
  public DataAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
