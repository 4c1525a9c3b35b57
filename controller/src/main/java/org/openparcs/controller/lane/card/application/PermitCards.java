package org.openparcs.controller.lane.card.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.lane.card.model.CardNumber;
import org.openparcs.controller.plate.model.PlateText;

/** Which permits a card stands for. */
public interface PermitCards {

  /** Gives permit {@code permitId} the card {@code card} (replacing its previous card). */
  void assign(UUID permitId, CardNumber card, Instant at);

  /** The plates of the permits that carry {@code card}, newest permit first. */
  List<PlateText> platesOf(CardNumber card);

  /** True when this garage has permit {@code permitId}. */
  boolean permitExists(UUID permitId);

  /** The card of permit {@code permitId}, or null. */
  CardNumber cardOf(UUID permitId);
}
