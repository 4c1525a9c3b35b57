package org.openparcs.portal.console.web;

import io.micronaut.http.HttpStatus;
import org.openparcs.portal.console.model.ConsoleAccess;

/** What the portal answers a user who may not use a garage's console: status and one sentence. */
record ConsoleRefusal(HttpStatus status, String message) {

  static ConsoleRefusal of(ConsoleAccess access) {
    return switch (access) {
      case NOT_FOUND -> new ConsoleRefusal(HttpStatus.NOT_FOUND, "no such garage");
      case NOT_AN_OPERATOR ->
          new ConsoleRefusal(
              HttpStatus.FORBIDDEN,
              "the console of a garage is for its garage operators (POLICY A5)");
      case TRAINING_LAPSED ->
          new ConsoleRefusal(
              HttpStatus.FORBIDDEN,
              "your training or acknowledgement is not current: no plate data until it is"
                  + " (POLICY A4)");
      case NO_CONSOLE ->
          new ConsoleRefusal(
              HttpStatus.NOT_FOUND, "this portal has no console address for this garage");
      case NO_PURPOSE ->
          new ConsoleRefusal(
              HttpStatus.FORBIDDEN,
              "no purpose of this portal's jurisdiction profile lets you see a garage's lanes"
                  + " (POLICY U1)");
      case ALLOWED -> throw new IllegalArgumentException("allowed");
    };
  }
}
