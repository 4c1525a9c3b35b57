package org.openparcs.portal.garage.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.openparcs.portal.garage.application.ListGarageOverviews;

/** The garages overview as JSON, for logged-in users. */
@Controller("/api/garages")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class GaragesApiController {

  private final ListGarageOverviews listGarages;

  GaragesApiController(ListGarageOverviews listGarages) {
    this.listGarages = listGarages;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  List<GarageJson> garages() {
    return listGarages.list().stream().map(GarageJson::of).toList();
  }
}
