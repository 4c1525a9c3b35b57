package org.openparcs.controller.operator.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.policy.model.PurposeDefinition;

/**
 * The purposes for which the garage's views of plate data may be used (POLICY U1), from the
 * deployment's jurisdiction profile, and who may state which: an operator the purposes the profile
 * gives one of their portal roles; the portal (a signed request, made for a portal user it has
 * checked) any of them. A purpose is stated by its id or its label.
 */
public final class ViewPurposes {

  private final List<PurposeDefinition> offered;
  private final JurisdictionProfile profile;

  /**
   * @param profile the deployment's jurisdiction profile
   * @param chosen the ids of the purposes the deployment offers; empty: all of the profile's
   */
  public ViewPurposes(JurisdictionProfile profile, List<String> chosen) {
    this.profile = profile;
    for (String id : chosen) {
      if (profile.purpose(id).isEmpty()) {
        throw new IllegalArgumentException(
            "purpose " + id + " is not one of profile " + profile.id() + "'s (POLICY U1)");
      }
    }
    this.offered =
        profile.purposes().stream()
            .filter(p -> chosen.isEmpty() || chosen.contains(p.id()))
            .toList();
    if (offered.isEmpty()) {
      throw new IllegalArgumentException("no purpose left for the garage's views (POLICY U1)");
    }
  }

  /** The purposes an operator with these portal roles may choose from. */
  public List<PurposeDefinition> forRoles(Set<String> roles) {
    return offered.stream().filter(p -> p.roles().stream().anyMatch(roles::contains)).toList();
  }

  /** An operator's stated purpose (id or label); refused unless one of {@link #forRoles}. */
  public PurposeCheck checkOperator(String stated, Set<String> roles) {
    return check(stated, forRoles(roles));
  }

  /** The portal's stated purpose (id or label); refused unless offered here. */
  public PurposeCheck checkPortal(String stated) {
    return check(stated, offered);
  }

  private PurposeCheck check(String stated, List<PurposeDefinition> allowed) {
    String allowedText =
        allowed.stream()
            .map(p -> p.id() + " (" + p.label() + ")")
            .collect(Collectors.joining(", "));
    if (stated == null || stated.isBlank()) {
      return new PurposeCheck.Refused(
          true, "state the purpose of this access (POLICY U1, T1), one of: " + allowedText);
    }
    String asked = stated.strip();
    Optional<PurposeDefinition> found = find(asked, allowed);
    if (found.isPresent()) {
      return new PurposeCheck.Allowed(found.get());
    }
    if (profile.prohibitedUseIn(asked).isPresent()) {
      return new PurposeCheck.Refused(
          false,
          "the purpose stated is a prohibited use (POLICY U2: "
              + profile.prohibitedUseIn(asked).get().label()
              + "); refused");
    }
    return new PurposeCheck.Refused(
        false,
        "the purpose stated is not one allowed here under profile "
            + profile.id()
            + " (POLICY U1); allowed: "
            + allowedText);
  }

  private static Optional<PurposeDefinition> find(String asked, List<PurposeDefinition> in) {
    String lower = asked.toLowerCase(Locale.ROOT);
    return in.stream()
        .filter(p -> p.id().equals(asked) || p.label().toLowerCase(Locale.ROOT).equals(lower))
        .findFirst();
  }
}
