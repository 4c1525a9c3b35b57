package org.openparcs.portal.report.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import org.openparcs.portal.report.application.ShowTransparency;

/** The public transparency page (POLICY K5): no log-on, aggregates only. */
@Controller("/transparency")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TransparencyController {

  private final ShowTransparency transparency;

  TransparencyController(ShowTransparency transparency) {
    this.transparency = transparency;
  }

  @Get(produces = MediaType.TEXT_HTML)
  ModelAndView<Map<String, Object>> page() {
    return new ModelAndView<>("transparency", Map.of("t", transparency.show()));
  }
}
