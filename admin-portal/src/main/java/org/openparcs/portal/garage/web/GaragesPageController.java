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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.console.application.GarageConsoles;
import org.openparcs.portal.console.model.ConsoleAccess;
import org.openparcs.portal.console.model.ConsoleAccessPolicy;
import org.openparcs.portal.garage.application.ListGarageOverviews;
import org.openparcs.portal.garage.infrastructure.OverviewSettings;
import org.openparcs.portal.garage.model.BarChart;
import org.openparcs.portal.garage.model.DailyFigures;
import org.openparcs.portal.garage.model.EventLine;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageOverview;
import org.openparcs.portal.garage.model.LaneView;

/**
 * The garages page: the portal's home. Each garage the user's scopes include, with last contact,
 * the backlog it reported, its lanes' live status, charts of occupancy, revenue (for roles that see
 * revenue) and reads per day, and its latest events (no plates).
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GaragesPageController {

  private final ListGarageOverviews listGarages;
  private final GarageConsoles consoles;
  private final CurrentActor actors;
  private final Pages pages;
  private final DateTimeFormatter time;

  GaragesPageController(
      ListGarageOverviews listGarages,
      GarageConsoles consoles,
      CurrentActor actors,
      Pages pages,
      OverviewSettings settings) {
    this.listGarages = listGarages;
    this.consoles = consoles;
    this.actors = actors;
    this.pages = pages;
    ZoneId zone = settings.zone();
    this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS zzz").withZone(zone);
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(HttpRequest<?> request, Authentication authentication) {
    Actor actor = actors.of(request, authentication);
    boolean revenue = actor.may(Permission.VIEW_REVENUE);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put(
        "garages",
        listGarages.list(actor).stream()
            .map(g -> garage(g, revenue, console(actor, g.id())))
            .toList());
    return pages.render(request, actor, "garages", model);
  }

  /** Whether the user may open the garage's console here (issue 5; checked again there). */
  private boolean console(Actor actor, GarageId garage) {
    return ConsoleAccessPolicy.of(actor, garage, consoles.knows(garage)) == ConsoleAccess.ALLOWED;
  }

  private Map<String, Object> garage(GarageOverview g, boolean revenue, boolean console) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", g.id().value());
    view.put("console", console);
    view.put("name", g.name());
    view.put("lastContact", g.lastContactAt() == null ? "never" : format(g.lastContactAt()));
    view.put("backlog", g.reportedBacklog() == null ? "not reported" : g.reportedBacklog());
    view.put("eventsReceived", g.eventsReceived());
    view.put("lastSeq", g.lastSeq());
    view.put("lanes", g.lanes().stream().map(this::lane).toList());
    view.put("events", g.latestEvents().stream().map(this::event).toList());
    view.put("charts", charts(g.days(), revenue));
    return view;
  }

  private List<BarChart> charts(List<DailyFigures> days, boolean revenue) {
    List<String> labels = days.stream().map(d -> d.day().toString()).toList();
    BarChart occupancy =
        BarChart.of(
            "Occupancy at end of day",
            labels,
            days.stream().map(DailyFigures::occupancy).toList(),
            String::valueOf);
    BarChart reads =
        BarChart.of(
            "Plate reads per day",
            labels,
            days.stream().map(DailyFigures::reads).toList(),
            String::valueOf);
    if (!revenue) {
      return List.of(occupancy, reads);
    }
    String currency =
        days.stream().map(DailyFigures::currency).filter(c -> c != null).findFirst().orElse(null);
    BarChart money =
        BarChart.of(
            "Revenue per day" + (currency == null ? "" : " (" + currency + ")"),
            labels,
            days.stream().map(DailyFigures::revenueMinor).toList(),
            v -> money(v, currency));
    return List.of(occupancy, money, reads);
  }

  private static String money(long minor, String currency) {
    if (currency == null) {
      return String.valueOf(minor);
    }
    int digits;
    try {
      digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      digits = 2;
    }
    return BigDecimal.valueOf(minor, digits).toPlainString() + " " + currency;
  }

  private Map<String, Object> lane(LaneView l) {
    return Map.of(
        "lane", l.lane(),
        "status", l.inService() ? "in service" : "OUT OF SERVICE",
        "inService", l.inService(),
        "event", l.lastEventType(),
        "time", format(l.lastEventAt()),
        "detail", l.detail() == null ? "" : l.detail());
  }

  private Map<String, Object> event(EventLine e) {
    return Map.of(
        "time", format(e.occurredAt()), "seq", e.seq(), "type", e.type(), "summary", e.summary());
  }

  private String format(Instant instant) {
    return time.format(instant);
  }
}
