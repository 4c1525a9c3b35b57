package org.openparcs.controller.lane.control.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
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
import org.openparcs.controller.lane.application.OperatorVend;
import org.openparcs.controller.lane.control.application.ChangeLaneMode;
import org.openparcs.controller.lane.control.application.ListLaneExceptions;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneMode;
import org.openparcs.controller.lane.control.model.LaneModeChange;
import org.openparcs.controller.operator.web.CurrentOperator;
import org.openparcs.controller.operator.web.OperatorText;
import org.openparcs.controller.plate.model.CandidateRead;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.web.ErrorBody;

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

  /**
   * A read of the vehicle offered as a correction: its text, confidence, per-character confidences
   * (empty when the source gave none), read id and frame id (null when no image was kept).
   */
  @Serdeable
  public record CandidateView(
      String text,
      double confidence,
      List<Double> charConfidences,
      String readId,
      @Nullable String frameId) {
    public static CandidateView of(CandidateRead c) {
      return new CandidateView(
          c.text(),
          c.confidence(),
          c.charConfidences(),
          c.readId().toString(),
          c.frameId() == null ? null : c.frameId().toString());
    }
  }

  /**
   * An exception; {@code candidates}: for a no-read, unsure or ambiguous read, the reads of that
   * vehicle in the order offered (most confident first, one per plate text), else empty.
   */
  @Serdeable
  public record ExceptionView(
      String id,
      String lane,
      String kind,
      @Nullable String decisionId,
      String detail,
      Instant raisedAt,
      @Nullable String readId,
      @Nullable String frameId,
      List<CandidateView> candidates) {
    static ExceptionView of(ListLaneExceptions.Listed listed) {
      LaneException e = listed.exception();
      return new ExceptionView(
          e.id().toString(),
          e.laneId().value(),
          e.kind().name(),
          e.decisionId() == null ? null : e.decisionId().toString(),
          e.detail(),
          e.raisedAt(),
          e.readId() == null ? null : e.readId().toString(),
          e.frameId() == null ? null : e.frameId().toString(),
          listed.candidates().stream().map(CandidateView::of).toList());
    }
  }

  /** An operator's vend: the plate let through and why (both recorded and reported). */
  @Serdeable
  public record VendRequest(
      @NotBlank
          @Size(max = 16)
          @Pattern(regexp = OperatorText.PLATE, message = OperatorText.PLATE_MESSAGE)
          String plate,
      @NotBlank
          @Size(max = 500)
          @Pattern(regexp = OperatorText.NO_MARKUP, message = OperatorText.NO_MARKUP_MESSAGE)
          String reason) {}

  @Serdeable
  public record VendView(
      String decisionId, String lane, String plate, String result, String operator) {}

  private final ChangeLaneMode changeLaneMode;
  private final ListLaneExceptions listExceptions;
  private final OperatorVend operatorVend;

  public LaneOperatorController(
      ChangeLaneMode changeLaneMode, ListLaneExceptions listExceptions, OperatorVend operatorVend) {
    this.changeLaneMode = changeLaneMode;
    this.listExceptions = listExceptions;
    this.operatorVend = operatorVend;
  }

  /**
   * Opens the barrier for the vehicle on the arming loop (issue 5): 200 when pulsed; 409 with no
   * vehicle there or the lane locked (nothing opens); 503 when the I/O module failed.
   */
  @Post("/lanes/{id}/vend")
  public HttpResponse<?> vend(
      HttpRequest<?> http, @PathVariable String id, @Body @Valid VendRequest request) {
    String operator = CurrentOperator.name(http);
    OperatorVend.Result r =
        operatorVend.vend(
            new OperatorVend.Command(
                new LaneId(id), PlateText.of(request.plate()), operator, request.reason().strip()));
    VendView view =
        new VendView(
            r.decision().id().toString(),
            id,
            r.decision().plate().value(),
            r.vend().match(v -> "VENDED", n -> "NO_VEHICLE", f -> "DEVICE_FAILED", x -> "REFUSED"),
            operator);
    HttpStatus status =
        r.vend()
            .match(
                v -> HttpStatus.OK,
                n -> HttpStatus.CONFLICT,
                f -> HttpStatus.SERVICE_UNAVAILABLE,
                x -> HttpStatus.CONFLICT);
    return HttpResponse.status(status).body(view);
  }

  @Error(exception = OperatorVend.NoVehicle.class)
  HttpResponse<ErrorBody> noVehicle(OperatorVend.NoVehicle e) {
    return HttpResponse.<ErrorBody>status(HttpStatus.CONFLICT).body(new ErrorBody(e.getMessage()));
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
