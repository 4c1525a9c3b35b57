package org.openparcs.controller.retention.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.controller.retention.application.CarryOutPurgeOrders.Outcome;
import org.openparcs.controller.retention.application.GaragePurges;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.infrastructure.PurgeOrderPoller;
import org.openparcs.controller.retention.model.GaragePurge;
import org.openparcs.controller.shared.web.ErrorBody;

/**
 * The garage's purges: the one under way with its progress, the latest ones with their counts and
 * confirmation (POLICY R4), and a poll of the portal on demand.
 */
@Controller("/api/retention")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PurgeStatusController {

  @Serdeable
  public record Progress(
      @Nullable String orderId,
      @Nullable String step,
      long planned,
      long done,
      int percent,
      @Nullable Instant startedAt) {}

  @Serdeable
  public record PurgeView(
      String orderId,
      long runId,
      String status,
      Instant receivedAt,
      @Nullable Instant finishedAt,
      @Nullable Instant confirmedAt,
      Map<String, Long> counts,
      @Nullable String problem) {}

  @Serdeable
  public record Status(
      boolean running, Progress progress, List<PurgeView> recent, @Nullable PollView lastPoll) {}

  @Serdeable
  public record PollView(
      int pending, int purged, int confirmed, int refused, @Nullable String portalProblem) {}

  private final PurgeProgress progress;
  private final GaragePurges purges;
  private final Optional<PurgeOrderPoller> poller;

  public PurgeStatusController(
      PurgeProgress progress, GaragePurges purges, Optional<PurgeOrderPoller> poller) {
    this.progress = progress;
    this.purges = purges;
    this.poller = poller;
  }

  @Get("/purges")
  public Status status() {
    PurgeProgress.Snapshot s = progress.snapshot();
    return new Status(
        s.orderId() != null,
        new Progress(
            s.orderId() == null ? null : s.orderId().toString(),
            s.step(),
            s.planned(),
            s.done(),
            s.percent(),
            s.startedAt()),
        purges.recent(20).stream().map(PurgeStatusController::view).toList(),
        poller.map(PurgeOrderPoller::last).map(PurgeStatusController::poll).orElse(null));
  }

  /** Asks the portal for orders now and carries them out (answers when done). */
  @Post("/purge-orders/poll")
  public HttpResponse<?> pollNow() {
    if (poller.isEmpty()) {
      return HttpResponse.status(HttpStatus.CONFLICT)
          .body(new ErrorBody("no portal configured (parcs.portal.url)"));
    }
    return HttpResponse.ok(poll(poller.get().poll()));
  }

  private static PollView poll(Outcome o) {
    return new PollView(o.pending(), o.purged(), o.confirmed(), o.refused(), o.portalProblem());
  }

  private static PurgeView view(GaragePurge p) {
    return new PurgeView(
        p.orderId().toString(),
        p.runId(),
        p.status().name(),
        p.receivedAt(),
        p.finishedAt(),
        p.confirmedAt(),
        p.counts().asMap(),
        p.problem());
  }
}
