package org.openparcs.controller.shared.application;

/** A request names a read, exception or frame this garage does not have. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what);
  }
}
