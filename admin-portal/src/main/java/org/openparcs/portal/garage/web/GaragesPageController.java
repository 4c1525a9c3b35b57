package org.openparcs.portal.garage.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.portal.common.web.CsrfCookie;
import org.openparcs.portal.garage.application.ListGarageOverviews;
import org.openparcs.portal.garage.infrastructure.OverviewSettings;
import org.openparcs.portal.garage.model.EventLine;
import org.openparcs.portal.garage.model.GarageOverview;

/** The garages page: the portal's home for logged-in users. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GaragesPageController {

  private final ListGarageOverviews listGarages;
  private final CsrfCookie csrf;
  private final DateTimeFormatter time;

  GaragesPageController(
      ListGarageOverviews listGarages, CsrfCookie csrf, OverviewSettings settings) {
    this.listGarages = listGarages;
    this.csrf = csrf;
    ZoneId zone = settings.zone();
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS zzz").withZone(zone);
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request, Authentication user) {
    String token = csrf.token(request);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("garages", listGarages.list().stream().map(this::garage).toList());
    model.put("username", user.getName());
    model.put("csrfToken", token);
    return csrf.attach(request, HttpResponse.ok(new ModelAndView<>("garages", model)), token);
  }

  private Map<String, Object> garage(GarageOverview g) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", g.id().value());
    view.put("name", g.name());
    view.put("lastContact", g.lastContactAt() == null ? "never" : format(g.lastContactAt()));
    view.put("eventsReceived", g.eventsReceived());
    view.put("lastSeq", g.lastSeq());
    view.put("events", g.latestEvents().stream().map(this::event).toList());
    return view;
  }

  private Map<String, Object> event(EventLine e) {
    return Map.of(
        "time", format(e.occurredAt()), "seq", e.seq(), "type", e.type(), "summary", e.summary());
  }

  private String format(Instant instant) {
    return time.format(instant);
  }
}
