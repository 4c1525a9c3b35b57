package org.openparcs.bridge.osdp;

/** A message from a peripheral (PD) to the controller (ACU), answering the last command. */
public sealed interface OsdpReply extends OsdpMessage
    permits Ack, Nak, PdId, RawCardData, FormattedCardData {

  /** Exhaustive handling of every reply (Java 17 has no pattern switch). */
  <T> T accept(Visitor<T> visitor);

  /** One method per reply: adding a reply breaks every visitor until it handles it. */
  interface Visitor<T> {
    T ack(Ack ack);

    T nak(Nak nak);

    T pdId(PdId id);

    T rawCard(RawCardData card);

    T formattedCard(FormattedCardData card);
  }
}
