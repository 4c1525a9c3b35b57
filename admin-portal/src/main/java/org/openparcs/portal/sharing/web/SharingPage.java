package org.openparcs.portal.sharing.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.sharing.application.ListSharing;
import org.openparcs.portal.sharing.model.AgencyKind;
import org.openparcs.portal.sharing.model.SharingRequest;

/** Renders the sharing page: the profile's rule, agencies, requests and their outcomes. */
@Singleton
class SharingPage {

  private final ListSharing list;
  private final JurisdictionProfile profile;
  private final Pages pages;

  SharingPage(ListSharing list, JurisdictionProfile profile, Pages pages) {
    this.list = list;
    this.profile = profile;
    this.pages = pages;
  }

  HttpResponse<?> render(
      HttpRequest<?> request,
      Actor actor,
      List<String> problems,
      String notice,
      HttpStatus status) {
    ListSharing.View view = list.list(actor);
    Map<String, Object> model = new HashMap<>();
    model.put("problems", problems);
    model.put("notice", notice);
    model.put("rule", profile.sharing().summary());
    model.put("kinds", Arrays.stream(AgencyKind.values()).map(Enum::name).toList());
    model.put(
        "agencies",
        view.agencies().stream()
            .map(
                a ->
                    Map.of(
                        "id", a.id(),
                        "name", a.name(),
                        "kind", a.kind().name(),
                        "state", a.state(),
                        "standing", a.standingAccess() ? "standing access" : "no standing access"))
            .toList());
    model.put("requests", view.requests().stream().map(SharingPage::row).toList());
    return pages.render(request, actor, "sharing", model).status(status);
  }

  private static Map<String, Object> row(SharingRequest r) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", r.id());
    m.put("agency", r.agency().name());
    m.put("requester", r.form().requesterName() + " (" + r.form().requesterContact() + ")");
    m.put("reason", r.form().reason());
    m.put(
        "case",
        (r.form().caseNumber() == null ? "" : r.form().caseNumber())
            + (r.form().crimeType() == null ? "" : " / " + r.form().crimeType()));
    m.put("asked", r.form().plates() + " from " + r.form().from() + " to " + r.form().to());
    m.put("status", r.status());
    m.put("pending", r.pending());
    m.put("released", "RELEASED".equals(r.status()));
    m.put("commanderNeeded", !r.agency().standingAccess());
    m.put("refusal", r.refusal() == null ? "" : r.refusal());
    m.put(
        "decision",
        r.decidedBy() == null
            ? ""
            : "by "
                + r.decidedBy()
                + " at "
                + r.decidedAt()
                + (r.commanderName() == null
                    ? ""
                    : ", commander " + r.commanderName() + " on " + r.commanderApprovedOn())
                + ", "
                + r.recordsShared()
                + " record(s) shared");
    return m;
  }
}
