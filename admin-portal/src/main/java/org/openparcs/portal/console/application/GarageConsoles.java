package org.openparcs.portal.console.application;

import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.console.model.ConsoleAction;
import org.openparcs.portal.garage.model.GarageId;

/**
 * The garages' own consoles, reached from the portal over HTTPS with requests signed by the
 * portal's order key that name the portal user they are made for (the garage records that user).
 * Nothing a garage answers is stored at the portal.
 */
public interface GarageConsoles {

  /** Whether this portal knows the garage's console address. */
  boolean knows(GarageId garage);

  /**
   * Sends the action to the garage's operator endpoint for {@code actor}, stating {@code purpose}
   * (an id of the jurisdiction profile, POLICY U1).
   */
  Answer send(GarageId garage, ConsoleAction action, Actor actor, String purpose);

  /** The JPEG kept with a read at the garage, fetched for {@code actor}, never stored here. */
  Image frame(GarageId garage, String frameId, Actor actor, String purpose);

  /**
   * Opens the garage's live view for {@code actor}: each event goes to {@code events} on the
   * client's thread until the garage ends the stream, it fails, or the returned handle is closed.
   */
  AutoCloseable stream(GarageId garage, Actor actor, String purpose, LiveView events);

  /** The garage's answer to an action: its status and JSON body, or why it was not reached. */
  sealed interface Answer {
    /** The garage answered (any status: the page shows the garage's own message). */
    record Answered(int status, String json) implements Answer {}

    /** No answer: connection refused, timed out, TLS refused. One sentence, no stack trace. */
    record Unreachable(String why) implements Answer {}
  }

  /** A frame: the bytes and type, the garage's refusal (status), or unreachable. */
  sealed interface Image {
    record Found(byte[] jpeg, String contentType) implements Image {}

    record Refused(int status) implements Image {}

    record Unreachable(String why) implements Image {}
  }

  /** What the relay hears from a garage's live view. */
  interface LiveView {
    /** An event as the garage named it ({@code console}, {@code lanes}, ...) with its JSON. */
    void event(String name, String data);

    /** The garage could not be reached, or refused the portal (the sentence to show). */
    void unreachable(String why);

    /** The garage ended the stream (the page reconnects). */
    void ended();
  }
}
