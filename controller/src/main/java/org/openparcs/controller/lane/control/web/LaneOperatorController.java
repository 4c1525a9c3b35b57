package org.openparcs.controller.lane.control.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.control.application.ChangeLaneMode;
import org.openparcs.controller.lane.control.application.ListLaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.lane.control.model.LaneModeChange;
import org.openparcs.controller.operator.web.CurrentOperator;
import org.openparcs.controller.operator.web.OperatorText;

/**
 * What a garage operator does with lanes: read their exceptions, set their mode. Every mode change
 * names its operator and reason and is audited. The operator is the one logged on at the console
 * (portal-vouched session, {@code OperatorFilter}), never a name in the body.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class LaneOperatorController {

  @Serdeable
  public record ModeRequest(
      @NotNull LaneMode mode,
      @NotBlank
          @Size(max = 500)
          @Pattern(regexp = OperatorText.NO_MARKUP, message = OperatorText.NO_MARKUP_MESSAGE)
          String reason) {}

  @Serdeable
  public record ModeChangeView(
      String changeId,
      String lane,
      String from,
      String to,
      String operator,
      String reason,
      Instant changedAt) {
    static ModeChangeView of(LaneModeChange c) {
      return new ModeChangeView(
          c.id().toString(),
          c.laneId().value(),
          c.from().name(),
          c.to().name(),
          c.operator(),
          c.reason(),
          c.changedAt());
    }
  }

  @Serdeable
  public record ExceptionView(
      String id,
      String lane,
      String kind,
      @Nullable String decisionId,
      String detail,
      Instant raisedAt,
      @Nullable String readId,
      @Nullable String frameId) {
    static ExceptionView of(LaneException e) {
      return new ExceptionView(
          e.id().toString(),
          e.laneId().value(),
          e.kind().name(),
          e.decisionId() == null ? null : e.decisionId().toString(),
          e.detail(),
          e.raisedAt(),
          e.readId() == null ? null : e.readId().toString(),
          e.frameId() == null ? null : e.frameId().toString());
    }
  }

  private final ChangeLaneMode changeLaneMode;
  private final ListLaneExceptions listExceptions;

  public LaneOperatorController(ChangeLaneMode changeLaneMode, ListLaneExceptions listExceptions) {
    this.changeLaneMode = changeLaneMode;
    this.listExceptions = listExceptions;
  }

  @Post("/lanes/{id}/mode")
  public ModeChangeView setMode(
      HttpRequest<?> http, @PathVariable String id, @Body @Valid ModeRequest request) {
    return ModeChangeView.of(
        changeLaneMode.change(
            new ChangeLaneMode.Command(
                new LaneId(id), request.mode(), CurrentOperator.name(http), request.reason())));
  }

  @Get("/lanes/{id}/exceptions")
  public List<ExceptionView> laneExceptions(
      @PathVariable String id, @QueryValue(defaultValue = "100") int limit) {
    return listExceptions.list(new LaneId(id), limit).stream().map(ExceptionView::of).toList();
  }

  @Get("/exceptions")
  public List<ExceptionView> exceptions(@QueryValue(defaultValue = "100") int limit) {
    return listExceptions.list(null, limit).stream().map(ExceptionView::of).toList();
  }
}
