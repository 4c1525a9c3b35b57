package org.openparcs.controller.reconciliation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openparcs.controller.reconciliation.application.Findings;
import org.openparcs.controller.reconciliation.application.ReconcilePeriod;
import org.openparcs.controller.reconciliation.application.RecordDisposition;
import org.openparcs.controller.reconciliation.model.Disposition;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RuleCode;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.web.ErrorBody;

/** Reconciliation on demand, the findings it raised, and auditors' dispositions. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReconciliationController {

  /** A period to reconcile: {@code from} inclusive to {@code to} exclusive. */
  @Serdeable
  public record RunRequest(@NotNull Instant from, @NotNull Instant to) {}

  /** A finished run. */
  @Serdeable
  public record RunView(
      String id,
      Instant from,
      Instant to,
      String trigger,
      int raised,
      int newFindings,
      Map<RuleCode, Integer> byRule,
      long atRisk,
      String currency,
      Instant startedAt,
      Instant finishedAt) {
    static RunView of(ReconciliationRun r) {
      return new RunView(
          r.id().toString(),
          r.period().from(),
          r.period().to(),
          r.trigger().name(),
          r.raised(),
          r.newFindings(),
          r.byRule(),
          r.atRisk().minor(),
          r.atRisk().currency().getCurrencyCode(),
          r.startedAt(),
          r.finishedAt());
    }
  }

  /** What an auditor concluded, and why. */
  @Serdeable
  public record DispositionRequest(
      @NotNull Disposition disposition,
      @NotBlank @Size(max = 1000) String note,
      @NotBlank @Size(max = 100) String auditor) {}

  private final ReconcilePeriod reconcile;
  private final RecordDisposition recordDisposition;
  private final Findings findings;
  private final Transactions tx;

  public ReconciliationController(
      ReconcilePeriod reconcile,
      RecordDisposition recordDisposition,
      Findings findings,
      Transactions tx) {
    this.reconcile = reconcile;
    this.recordDisposition = recordDisposition;
    this.findings = findings;
    this.tx = tx;
  }

  @Post("/reconciliations")
  public HttpResponse<RunView> run(@Body @Valid RunRequest request) {
    Period period = new Period(request.from(), request.to());
    return HttpResponse.created(
        RunView.of(reconcile.run(period, ReconciliationRun.Trigger.ON_DEMAND)));
  }

  @Get("/findings")
  public List<FindingView> list(
      @QueryValue Instant from,
      @QueryValue Instant to,
      @Nullable @QueryValue RuleCode rule,
      @Nullable @QueryValue Disposition disposition,
      @Nullable @QueryValue @Min(1) @Max(10_000) Integer limit) {
    Period period = new Period(from, to);
    return tx.readOnly(
        () ->
            findings
                .list(period.from(), period.to(), rule, disposition, limit == null ? 500 : limit)
                .stream()
                .map(f -> FindingView.of(f, null))
                .toList());
  }

  @Get("/findings/{id}")
  public HttpResponse<?> one(@PathVariable UUID id) {
    return tx.readOnly(
        () ->
            findings
                .byId(id)
                .<HttpResponse<?>>map(f -> HttpResponse.ok(FindingView.of(f, findings.history(id))))
                .orElseGet(() -> notFound(id)));
  }

  @Post("/findings/{id}/disposition")
  public HttpResponse<?> dispose(@PathVariable UUID id, @Body @Valid DispositionRequest request) {
    return recordDisposition
        .record(id, request.disposition(), request.note(), request.auditor())
        .<HttpResponse<?>>map(d -> HttpResponse.created(FindingView.DispositionView.of(d)))
        .orElseGet(() -> notFound(id));
  }

  private static HttpResponse<ErrorBody> notFound(UUID id) {
    return HttpResponse.<ErrorBody>status(HttpStatus.NOT_FOUND)
        .body(new ErrorBody("no finding " + id + " at this garage"));
  }
}
