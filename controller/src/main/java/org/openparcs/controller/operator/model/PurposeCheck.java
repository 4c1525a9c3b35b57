package org.openparcs.controller.operator.model;

import java.util.function.Function;
import org.openparcs.policy.model.PurposeDefinition;

/** Whether a stated purpose lets a viewer see plate data (POLICY U1, T1). */
public sealed interface PurposeCheck {

  <T> T match(Function<Allowed, T> allowed, Function<Refused, T> refused);

  /** The purpose is one the viewer may state: it is recorded with the access. */
  record Allowed(PurposeDefinition purpose) implements PurposeCheck {
    @Override
    public <T> T match(Function<Allowed, T> allowed, Function<Refused, T> refused) {
      return allowed.apply(this);
    }
  }

  /**
   * No purpose, or not one this viewer may state here.
   *
   * @param missing whether none was stated at all (else it was stated and is not allowed)
   * @param message a sentence for the viewer, naming the purposes that are allowed
   */
  record Refused(boolean missing, String message) implements PurposeCheck {
    @Override
    public <T> T match(Function<Allowed, T> allowed, Function<Refused, T> refused) {
      return refused.apply(this);
    }
  }
}
