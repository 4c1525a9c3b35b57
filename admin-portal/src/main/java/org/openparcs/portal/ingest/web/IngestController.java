package org.openparcs.portal.ingest.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import java.util.Optional;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.garage.application.AdmitGarage;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageAdmissionPolicy;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageToken;
import org.openparcs.portal.ingest.application.IngestEventBatch;
import org.openparcs.portal.ingest.model.IngestOutcome;

/**
 * The endpoint a garage controller's outbox relay delivers to. Garages authenticate with their own
 * bearer token (not a portal login), checked before the body is read.
 */
@Controller("/api/garages/{garageId}/events")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class IngestController {

  private static final String BEARER = "Bearer ";

  /**
   * How many events wait in the garage's outbox besides this batch (optional, shown per garage).
   */
  static final String BACKLOG_HEADER = "Parcs-Outbox-Backlog";

  private final AdmitGarage admitGarage;
  private final IngestEventBatch ingest;
  private final EventBatchReader reader;

  IngestController(AdmitGarage admitGarage, IngestEventBatch ingest, EventBatchReader reader) {
    this.admitGarage = admitGarage;
    this.ingest = ingest;
    this.reader = reader;
  }

  @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> deliver(
      @PathVariable String garageId,
      @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Nullable @Header(BACKLOG_HEADER) String backlog,
      @Nullable @Body byte[] body) {
    GarageAccess access = admit(garageId, authorization);
    if (access instanceof GarageAccess.Unauthenticated refused) {
      return HttpResponse.unauthorized()
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
          .body(new ApiError(refused.reason()));
    }
    if (access instanceof GarageAccess.Forbidden forbidden) {
      return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ApiError(forbidden.reason()));
    }
    ParsedBatch parsed = reader.read(body);
    if (parsed instanceof ParsedBatch.Invalid invalid) {
      return HttpResponse.badRequest(new ApiError(invalid.message()));
    }
    IngestOutcome outcome =
        ingest.ingest(
            (GarageAccess.Admitted) access, ((ParsedBatch.Valid) parsed).batch(), backlog(backlog));
    if (outcome instanceof IngestOutcome.Accepted ok) {
      return HttpResponse.ok(new IngestAnswer(ok.accepted(), ok.duplicates(), ok.lastSeq()));
    }
    return HttpResponse.status(HttpStatus.CONFLICT)
        .body(new ApiError(((IngestOutcome.Conflicted) outcome).message()));
  }

  private GarageAccess admit(String garageId, String authorization) {
    Optional<GarageToken> token = bearerToken(authorization);
    if (!GarageId.isValid(garageId)) {
      // No garage can have this id: the same answer as for an unknown garage.
      return GarageAdmissionPolicy.decide(null, token, Optional.empty());
    }
    return admitGarage.admit(new GarageId(garageId), token);
  }

  /** The reported backlog; an unreadable value is ignored rather than refusing the events. */
  private static Long backlog(String header) {
    if (header == null || !header.strip().matches("\\d{1,18}")) {
      return null;
    }
    return Long.parseLong(header.strip());
  }

  private static Optional<GarageToken> bearerToken(String authorization) {
    if (authorization == null
        || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    String secret = authorization.substring(BEARER.length()).trim();
    return secret.isEmpty() ? Optional.empty() : Optional.of(new GarageToken(secret));
  }
}
