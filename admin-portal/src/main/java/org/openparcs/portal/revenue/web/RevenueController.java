package org.openparcs.portal.revenue.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.revenue.application.ShowRevenue;
import org.openparcs.portal.revenue.model.RevenueOverview;

/**
 * The revenue report of a garage in the user's scopes (POLICY A5): expected against collected, by
 * day, lane, method and cashier, with charts. A garage outside the scopes answers exactly like one
 * that does not exist (A6).
 */
@Controller("/revenue")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RevenueController {

  private final ShowRevenue show;
  private final CurrentActor actors;
  private final Pages pages;
  private final Clock clock;

  RevenueController(ShowRevenue show, CurrentActor actors, Pages pages, Clock clock) {
    this.show = show;
    this.actors = actors;
    this.pages = pages;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<?> revenue(
      HttpRequest<?> request,
      Authentication authentication,
      @Nullable @QueryValue String garage,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to) {
    Actor actor = actors.of(request, authentication);
    List<GarageId> garages = show.garages(actor);
    Map<String, Object> model = new HashMap<>();
    model.put("garages", garages.stream().map(GarageId::value).toList());
    Period period;
    try {
      period = Period.of(from, to, clock);
    } catch (IllegalArgumentException e) {
      model.put("problem", e.getMessage());
      model.put("from", from);
      model.put("to", to);
      model.put("garage", garage);
      model.put("report", null);
      return pages.render(request, actor, "revenue", model).status(HttpStatus.BAD_REQUEST);
    }
    model.put("from", period.first().toString());
    model.put("to", period.last().toString());
    String chosen = garage != null ? garage : garages.isEmpty() ? null : garages.get(0).value();
    model.put("garage", chosen);
    Optional<RevenueOverview> overview =
        chosen == null || !GarageId.isValid(chosen)
            ? Optional.empty()
            : show.show(actor, new GarageId(chosen), period.start(), period.end());
    model.put("report", overview.map(RevenueView::of).orElse(null));
    return pages
        .render(request, actor, "revenue", model)
        .status(overview.isEmpty() && chosen != null ? HttpStatus.NOT_FOUND : HttpStatus.OK);
  }
}
