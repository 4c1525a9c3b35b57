package org.openparcs.portal.garage.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.garage.application.ListGarageOverviews;

/** The garages overview as JSON, for logged-in users. */
@Controller("/api/garages")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GaragesApiController {

  private final ListGarageOverviews listGarages;
  private final CurrentActor actors;

  GaragesApiController(ListGarageOverviews listGarages, CurrentActor actors) {
    this.listGarages = listGarages;
    this.actors = actors;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  List<GarageJson> garages(HttpRequest<?> request, Authentication authentication) {
    return listGarages.list(actors.of(request, authentication)).stream()
        .map(GarageJson::of)
        .toList();
  }
}
