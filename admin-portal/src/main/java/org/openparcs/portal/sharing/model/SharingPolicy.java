package org.openparcs.portal.sharing.model;

import java.util.List;
import java.util.Optional;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.policy.model.ProhibitedUse;
import org.openparcs.policy.model.SharingRules;

/**
 * The sharing rules of POLICY S1, S2 and U2 under the deployment's profile, run in order: the form
 * is complete; no onward sharing; no prohibited use; never commercial; contractors only where the
 * profile allows; never federal; California only; law enforcement only, and only the agencies the
 * profile names; an agreement where the profile asks one; a commander for agencies without standing
 * access where the profile asks one.
 */
public final class SharingPolicy {

  private final JurisdictionProfile profile;

  public SharingPolicy(JurisdictionProfile profile) {
    this.profile = profile;
  }

  public SharingRuling rule(Agency agency, RequestForm form) {
    SharingRules rules = profile.sharing();
    boolean lawEnforcement =
        agency.kind() == AgencyKind.LAW_ENFORCEMENT || agency.kind() == AgencyKind.PROSECUTOR;
    List<String> problems = form.problems(lawEnforcement && rules.caseNumberAndCrimeType());
    if (!problems.isEmpty()) {
      return new SharingRuling.Incomplete(problems);
    }
    return refusal(agency, form, rules, lawEnforcement)
        .<SharingRuling>map(SharingRuling.Refused::new)
        .orElseGet(
            () ->
                new SharingRuling.Admissible(
                    lawEnforcement && rules.commanderApproval() && !agency.standingAccess()));
  }

  private Optional<String> refusal(
      Agency agency, RequestForm form, SharingRules rules, boolean lawEnforcement) {
    String id = profile.id();
    if (form.onBehalfOf() != null && !form.onBehalfOf().isBlank()) {
      return Optional.of(
          "S2: no onward sharing: " + form.onBehalfOf().strip() + " must ask directly");
    }
    Optional<ProhibitedUse> banned = profile.prohibitedUseIn(form.reason(), form.crimeType());
    if (banned.isPresent()) {
      return Optional.of("U2: the request serves " + banned.get().label());
    }
    switch (agency.kind()) {
      case COMMERCIAL:
        return Optional.of("S1: ALPR data is never sold or shared with commercial parties");
      case PARKING_CONTRACTOR:
        return rules.contractors()
            ? Optional.empty()
            : Optional.of("S1 " + id + ": no data to contractors under this profile");
      case FEDERAL:
        return Optional.of("S2: federal agencies get no ALPR data (SB 34, SB 54)");
      case OTHER_PUBLIC:
        return Optional.of("S2: only law-enforcement and prosecutorial agencies ask here");
      default:
        break;
    }
    if (!agency.californian()) {
      return Optional.of("S2: only California agencies get ALPR data, not " + agency.state());
    }
    if (!lawEnforcement || !rules.lawEnforcement()) {
      return Optional.of("S2 " + id + ": no sharing with this agency");
    }
    if (!rules.onlyAgencies().isEmpty() && !rules.onlyAgencies().contains(agency.name())) {
      return Optional.of(
          "S2 " + id + ": data is shared only with " + String.join(", ", rules.onlyAgencies()));
    }
    if (rules.agreementRequired() && !agency.standingAccess()) {
      return Optional.of("S2 " + id + ": only agencies with an inter-agency agreement");
    }
    return Optional.empty();
  }
}
