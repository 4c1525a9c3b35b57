package org.openparcs.controller.operator.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.openparcs.controller.operator.application.RecordPlateDataAccess;
import org.openparcs.controller.operator.model.PlateDataAccess;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.openparcs.controller.shared.web.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POLICY T1: every answer that shows plate data (reads, exceptions with their candidates, frames,
 * permits, findings, the console's live stream) is recorded with who, department, address, what was
 * asked and the purpose, before it leaves. An access that cannot be recorded is not answered (503).
 * The lane list and the read counts show no plate and are not recorded.
 */
@ServerFilter(
    patterns = {
      "/api/lanes/*/exceptions",
      "/api/exceptions",
      "/api/reads",
      "/api/reads/pending",
      "/api/frames/*",
      "/api/permits",
      "/api/findings",
      "/api/findings/*",
      "/console/events"
    })
public class PlateAccessRecorder {

  private static final Logger LOG = LoggerFactory.getLogger(PlateAccessRecorder.class);

  private final RecordPlateDataAccess record;
  private final Clock clock;

  public PlateAccessRecorder(RecordPlateDataAccess record, Clock clock) {
    this.record = record;
    this.clock = clock;
  }

  @ResponseFilter
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<?> recorded(HttpRequest<?> request, MutableHttpResponse<?> response) {
    Optional<Viewer> viewer = Viewer.of(request);
    if (viewer.isEmpty() || response.code() >= 300) {
      return response;
    }
    URI uri = request.getUri();
    String resource = uri.getRawPath();
    var now = clock.instant();
    try {
      record.record(
          new PlateDataAccess(
              TimeOrderedId.at(now),
              viewer.get().name(),
              viewer.get().department(),
              viewer.get().via(),
              CurrentOperator.ip(request),
              request.getMethodName(),
              uri.getRawPath(),
              uri.getRawQuery(),
              viewer.get().purpose(),
              now));
      return response;
    } catch (RuntimeException e) {
      LOG.error("Could not record an access to plate data ({}): not answered", resource, e);
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(new ErrorBody("the access could not be recorded (POLICY T1); try again"));
    }
  }
}
