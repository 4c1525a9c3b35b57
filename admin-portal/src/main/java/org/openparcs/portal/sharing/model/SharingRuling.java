package org.openparcs.portal.sharing.model;

import java.util.List;
import java.util.function.Function;

/** What the sharing rules say about a request before anyone decides on it. */
public sealed interface SharingRuling {

  <T> T match(
      Function<Incomplete, T> incomplete,
      Function<Refused, T> refused,
      Function<Admissible, T> admissible);

  /** The form lacks something; nothing is stored, the person corrects it. */
  record Incomplete(List<String> problems) implements SharingRuling {
    @Override
    public <T> T match(
        Function<Incomplete, T> incomplete,
        Function<Refused, T> refused,
        Function<Admissible, T> admissible) {
      return incomplete.apply(this);
    }
  }

  /** The rules refuse it; the request is kept with the rule that refused it, and audited. */
  record Refused(String rule) implements SharingRuling {
    @Override
    public <T> T match(
        Function<Incomplete, T> incomplete,
        Function<Refused, T> refused,
        Function<Admissible, T> admissible) {
      return refused.apply(this);
    }
  }

  /**
   * The coordinator may approve it; {@code commanderNeeded}: a commander's approval (name and date)
   * is recorded too, for an agency without standing access.
   */
  record Admissible(boolean commanderNeeded) implements SharingRuling {
    @Override
    public <T> T match(
        Function<Incomplete, T> incomplete,
        Function<Refused, T> refused,
        Function<Admissible, T> admissible) {
      return admissible.apply(this);
    }
  }
}
