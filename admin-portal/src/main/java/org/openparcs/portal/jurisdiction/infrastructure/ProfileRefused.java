package org.openparcs.portal.jurisdiction.infrastructure;

import java.util.List;

/**
 * The deployment's settings break its jurisdiction profile: the portal does not start (POLICY R2).
 * The message names every rule broken.
 */
public final class ProfileRefused extends IllegalStateException {

  public ProfileRefused(List<String> problems) {
    super(
        "the portal refuses to start: its settings break the jurisdiction profile: "
            + String.join("; ", problems));
  }
}
