package org.openparcs.controller.lane.card.application;

import java.util.UUID;
import org.openparcs.controller.lane.card.model.CardRead;

/** Where card reads are kept, with the decision each led to. */
public interface CardReads {

  /**
   * @param decisionId the decision the read led to, or null (an unknown card)
   */
  void save(CardRead read, UUID decisionId);
}
