package org.openparcs.controller.lane.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.openparcs.controller.lane.application.ExitEntryDecision;
import org.openparcs.controller.lane.application.MatchExitToEntry;
import org.openparcs.controller.operator.web.CurrentOperator;
import org.openparcs.controller.operator.web.OperatorText;

/**
 * An operator's answer to a {@code NO_ENTRY_FOUND} exception: the vehicle entered on this session.
 * The operator is the one logged on at the console, never a name in the body.
 */
@Controller("/api/exceptions")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ExitEntryController {

  @Serdeable
  public record MatchRequest(
      @NotNull UUID sessionId,
      @NotBlank
          @Size(max = 500)
          @Pattern(regexp = OperatorText.NO_MARKUP, message = OperatorText.NO_MARKUP_MESSAGE)
          String reason) {}

  @Serdeable
  public record DecisionView(
      String id,
      String exceptionId,
      String rule,
      String sessionId,
      @io.micronaut.core.annotation.Nullable String entryPlate,
      String exitPlate,
      String operator,
      String reason,
      Instant decidedAt) {
    static DecisionView of(ExitEntryDecision d) {
      return new DecisionView(
          d.id().toString(),
          d.exceptionId().toString(),
          d.rule(),
          d.sessionId().toString(),
          d.entryPlate() == null ? null : d.entryPlate().value(),
          d.exitPlate().value(),
          d.operator(),
          d.reason(),
          d.decidedAt());
    }
  }

  private final MatchExitToEntry matchExitToEntry;

  public ExitEntryController(MatchExitToEntry matchExitToEntry) {
    this.matchExitToEntry = matchExitToEntry;
  }

  @Post("/{id}/entry")
  public DecisionView match(
      HttpRequest<?> http, @PathVariable UUID id, @Body @Valid MatchRequest request) {
    return DecisionView.of(
        matchExitToEntry.match(
            id, request.sessionId(), CurrentOperator.name(http), request.reason()));
  }

  @Serdeable
  public record LostTicketRequest(
      @NotBlank
          @Size(max = 500)
          @Pattern(regexp = OperatorText.NO_MARKUP, message = OperatorText.NO_MARKUP_MESSAGE)
          String reason) {}

  @Post("/{id}/lost-ticket")
  public DecisionView lostTicket(
      HttpRequest<?> http, @PathVariable UUID id, @Body @Valid LostTicketRequest request) {
    return DecisionView.of(
        matchExitToEntry.lostTicket(id, CurrentOperator.name(http), request.reason()));
  }

  @Error(exception = MatchExitToEntry.Refused.class)
  HttpResponse<Map<String, String>> refused(HttpRequest<?> request, MatchExitToEntry.Refused e) {
    Map<String, String> body = Map.of("error", e.getMessage());
    return e.notFound
        ? HttpResponse.notFound(body)
        : HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(body);
  }
}
