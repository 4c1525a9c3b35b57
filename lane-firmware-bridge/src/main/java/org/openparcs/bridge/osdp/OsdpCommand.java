package org.openparcs.bridge.osdp;

/** A message from the controller (ACU) to a peripheral (PD). */
public sealed interface OsdpCommand extends OsdpMessage
    permits Poll, IdRequest, LedCommand, TextCommand {

  /** Exhaustive handling of every command (Java 17 has no pattern switch). */
  <T> T accept(Visitor<T> visitor);

  /** One method per command: adding a command breaks every visitor until it handles it. */
  interface Visitor<T> {
    T poll(Poll poll);

    T id(IdRequest request);

    T led(LedCommand led);

    T text(TextCommand text);
  }
}
