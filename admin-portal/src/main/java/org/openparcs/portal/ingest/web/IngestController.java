package org.openparcs.portal.ingest.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.identity.web.GarageRequests;
import org.openparcs.portal.ingest.application.IngestEventBatch;
import org.openparcs.portal.ingest.model.IngestOutcome;

/**
 * The endpoint a garage controller's outbox relay delivers to. Garages prove who they are with a
 * request signed by their enrolled key (or, before enrolment, their bearer token), checked before
 * the body is parsed; the key must be the garage's in the path.
 */
@Controller("/api/garages/{garageId}/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class IngestController {

  /**
   * How many events wait in the garage's outbox besides this batch (optional, shown per garage).
   */
  static final String BACKLOG_HEADER = "Parcs-Outbox-Backlog";

  private final GarageRequests garageRequests;
  private final IngestEventBatch ingest;
  private final EventBatchReader reader;
  private final MeterRegistry registry;

  IngestController(
      GarageRequests garageRequests,
      IngestEventBatch ingest,
      EventBatchReader reader,
      MeterRegistry registry) {
    this.registry = registry;
    this.garageRequests = garageRequests;
    this.ingest = ingest;
    this.reader = reader;
  }

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> deliver(
      HttpRequest<?> request,
      @PathVariable String garageId,
      @Nullable @Header(BACKLOG_HEADER) String backlog,
      @Nullable @Body byte[] body) {
    GarageAccess access = garageRequests.admit(request, garageId, body);
    if (!(access instanceof GarageAccess.Admitted)) {
      return GarageRequests.refused(access);
    }
    ParsedBatch parsed = reader.read(body);
    if (parsed instanceof ParsedBatch.Invalid invalid) {
      return HttpResponse.badRequest(new ApiError(invalid.message()));
    }
    IngestOutcome outcome =
        ingest.ingest(
            (GarageAccess.Admitted) access, ((ParsedBatch.Valid) parsed).batch(), backlog(backlog));
    if (outcome instanceof IngestOutcome.Accepted ok) {
      IngestLog.ingested(
          garageId, ((ParsedBatch.Valid) parsed).batch(), ok.accepted(), ok.duplicates());
      registry.counter("parcs.portal.ingest.events", "result", "accepted").increment(ok.accepted());
      registry
          .counter("parcs.portal.ingest.events", "result", "duplicate")
          .increment(ok.duplicates());
      return HttpResponse.ok(new IngestAnswer(ok.accepted(), ok.duplicates(), ok.lastSeq()));
    }
    return HttpResponse.status(HttpStatus.CONFLICT)
        .body(new ApiError(((IngestOutcome.Conflicted) outcome).message()));
  }

  /** The reported backlog; an unreadable value is ignored rather than refusing the events. */
  private static Long backlog(String header) {
    if (header == null || !header.strip().matches("\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(header.strip());
  }
}
