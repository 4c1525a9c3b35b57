package org.openparcs.controller.lane.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.lane.application.CorrectPlateRead;
import org.openparcs.controller.lane.application.ReviewReads;
import org.openparcs.controller.lane.control.web.LaneOperatorController;
import org.openparcs.controller.operator.web.CurrentOperator;
import org.openparcs.controller.operator.web.OperatorText;
import org.openparcs.controller.plate.application.PendingRead;
import org.openparcs.controller.plate.application.ReadAccuracy;
import org.openparcs.controller.plate.application.ReadSummary;
import org.openparcs.controller.plate.model.PlateBox;
import org.openparcs.controller.plate.model.PlateCorrection;

/**
 * Reads for operators: the newest reads with their decisions and the rule that matched, the reads
 * waiting for an operator (image attached: {@code GET /api/frames/{frameId}}), corrections of
 * misreads (stored, audited, reported to the portal: POLICY K3) and accuracy figures. The console
 * UI is built on these. The operator is the one logged on at the console, never a name in the body.
 */
@Controller("/api/reads")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReadsController {

  /** A correction: of a read ({@code readId}) or of an exception ({@code exceptionId}). */
  @Serdeable
  public record CorrectionRequest(
      @Nullable UUID readId,
      @Nullable UUID exceptionId,
      @NotBlank
          @Size(max = 16)
          @Pattern(regexp = OperatorText.PLATE, message = OperatorText.PLATE_MESSAGE)
          String plate,
      @NotBlank
          @Size(max = 500)
          @Pattern(regexp = OperatorText.NO_MARKUP, message = OperatorText.NO_MARKUP_MESSAGE)
          String reason) {}

  @Serdeable
  public record CorrectionView(
      String correctionId,
      String lane,
      @Nullable String readId,
      @Nullable String exceptionId,
      String correctedReadId,
      @Nullable String originalText,
      String correctedText,
      boolean changed,
      String operator,
      String reason,
      Instant correctedAt,
      @Nullable ReadOutcomeResponse decided) {}

  @Serdeable
  public record AccuracyView(
      Instant from,
      Instant to,
      @Nullable String lane,
      long reads,
      long decisions,
      long corrections,
      long confirmations,
      double shareCorrected) {}

  private final ReviewReads review;
  private final CorrectPlateRead correct;

  public ReadsController(ReviewReads review, CorrectPlateRead correct) {
    this.review = review;
    this.correct = correct;
  }

  @Get("{?lane,limit}")
  public List<ReadSummaryView> recent(@Nullable @QueryValue String lane, @Nullable Integer limit) {
    return review.recent(lane(lane), limit == null ? 50 : limit).stream()
        .map(ReadSummaryView::of)
        .toList();
  }

  @Get("/pending{?lane,limit}")
  public List<PendingReadView> pending(@Nullable @QueryValue String lane, @Nullable Integer limit) {
    return review.pending(lane(lane), limit == null ? 50 : limit).stream()
        .map(PendingReadView::of)
        .toList();
  }

  /** Accuracy over {@code [from, to)} (ISO-8601 instants; default: the last 30 days). */
  @Get("/accuracy{?lane,from,to}")
  public AccuracyView accuracy(
      @Nullable @QueryValue String lane,
      @Nullable @QueryValue Instant from,
      @Nullable @QueryValue Instant to) {
    Instant end = to == null ? Instant.now() : to;
    Instant start = from == null ? end.minus(java.time.Duration.ofDays(30)) : from;
    ReadAccuracy a = review.accuracy(lane(lane), start, end);
    return new AccuracyView(
        a.from(),
        a.to(),
        lane,
        a.reads(),
        a.decisions(),
        a.corrections(),
        a.confirmations(),
        a.shareCorrected());
  }

  @Post("/corrections")
  public HttpResponse<CorrectionView> correct(
      HttpRequest<?> http, @Body @Valid CorrectionRequest body) {
    CorrectPlateRead.Result result =
        correct.correct(
            new CorrectPlateRead.Command(
                body.readId(),
                body.exceptionId(),
                body.plate(),
                CurrentOperator.name(http),
                body.reason()));
    PlateCorrection c = result.correction();
    return HttpResponse.created(
        new CorrectionView(
            c.id().toString(),
            c.laneId().value(),
            str(c.readId()),
            str(c.exceptionId()),
            c.correctedReadId().toString(),
            c.originalText() == null ? null : c.originalText().value(),
            c.correctedText().value(),
            c.changed(),
            c.operator(),
            c.reason(),
            c.correctedAt(),
            result.decided().map(ReadOutcomeResponse::of).orElse(null)));
  }

  private static LaneId lane(String lane) {
    return lane == null || lane.isBlank() ? null : new LaneId(lane);
  }

  private static String str(UUID id) {
    return id == null ? null : id.toString();
  }

  @Serdeable
  public record ReadSummaryView(
      String readId,
      String lane,
      String camera,
      String plate,
      double confidence,
      List<Double> charConfidences,
      String source,
      @Nullable String frameId,
      Instant receivedAt,
      @Nullable String decisionId,
      @Nullable String outcome,
      @Nullable String rule,
      @Nullable String reason,
      @Nullable String match,
      @Nullable String matchedPlate,
      @Nullable String basis,
      @Nullable BoxView box,
      @Nullable Integer frameWidth,
      @Nullable Integer frameHeight) {
    static ReadSummaryView of(ReadSummary r) {
      return new ReadSummaryView(
          r.readId().toString(),
          r.lane().value(),
          r.camera(),
          r.plate(),
          r.confidence(),
          r.charConfidences(),
          r.source(),
          str(r.frameId()),
          r.receivedAt(),
          str(r.decisionId()),
          r.outcome(),
          r.rule(),
          r.reason(),
          r.match(),
          r.matchedPlate(),
          r.basis(),
          BoxView.of(r.box()),
          r.frameWidth(),
          r.frameHeight());
    }
  }

  @Serdeable
  public record PendingReadView(
      String exceptionId,
      String lane,
      String kind,
      String detail,
      Instant raisedAt,
      @Nullable String decisionId,
      @Nullable String readId,
      @Nullable String readText,
      @Nullable Double confidence,
      @Nullable String frameId,
      @Nullable BoxView box,
      @Nullable Integer frameWidth,
      @Nullable Integer frameHeight,
      List<LaneOperatorController.CandidateView> candidates) {
    static PendingReadView of(PendingRead p) {
      return new PendingReadView(
          p.exceptionId().toString(),
          p.lane().value(),
          p.kind(),
          p.detail(),
          p.raisedAt(),
          str(p.decisionId()),
          str(p.readId()),
          p.readText(),
          p.confidence(),
          str(p.frameId()),
          BoxView.of(p.box()),
          p.frameWidth(),
          p.frameHeight(),
          p.candidates().stream().map(LaneOperatorController.CandidateView::of).toList());
    }
  }

  /** Where the plate is in the frame, in pixels from its top-left corner. */
  @Serdeable
  public record BoxView(int x, int y, int width, int height) {
    static BoxView of(PlateBox b) {
      return b == null ? null : new BoxView(b.x(), b.y(), b.width(), b.height());
    }
  }
}
