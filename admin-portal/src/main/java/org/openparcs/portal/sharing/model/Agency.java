package org.openparcs.portal.sharing.model;

import java.util.Locale;

/**
 * A party that may ask for ALPR data.
 *
 * @param id its number
 * @param name its name, as logged with every record it gets (POLICY T4)
 * @param kind what kind of party it is
 * @param state its US state, two letters (only California agencies get data, POLICY S2)
 * @param standingAccess whether it has standing access (an agreement); without, a commander
 *     approves each request where the profile says so (SJPD-DUP)
 */
public record Agency(long id, String name, AgencyKind kind, String state, boolean standingAccess) {

  public Agency {
    if (name == null || name.isBlank() || kind == null || state == null) {
      throw new IllegalArgumentException("an agency has a name, a kind and a state");
    }
    state = state.strip().toUpperCase(Locale.ROOT);
  }

  public boolean californian() {
    return "CA".equals(state);
  }
}
