package org.openparcs.portal.retention.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.common.web.ApiError;
import org.openparcs.portal.retention.application.ShowPurgeRuns;
import org.openparcs.portal.retention.model.ClassResult;
import org.openparcs.portal.retention.model.PurgeRun;

/** Purge runs and their progress as JSON (coordinator only), for scripts watching a long purge. */
@Controller("/api/retention/runs")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RetentionApiController {

  private final ShowPurgeRuns runs;
  private final CurrentActor actors;

  RetentionApiController(ShowPurgeRuns runs, CurrentActor actors) {
    this.runs = runs;
    this.actors = actors;
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  List<RunJson> list(HttpRequest<?> request, Authentication authentication) {
    return runs.show(actors.of(request, authentication), Optional.empty(), 50).stream()
        .map(RunJson::of)
        .toList();
  }

  @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
  HttpResponse<?> one(
      HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
    List<PurgeRun> found = runs.show(actors.of(request, authentication), Optional.of(id), 1);
    return found.isEmpty()
        ? HttpResponse.notFound(new ApiError("no purge run with this number"))
        : HttpResponse.ok(RunJson.of(found.get(0)));
  }

  /** A run with its progress. */
  @Serdeable
  record RunJson(
      long id,
      String trigger,
      String status,
      Instant startedAt,
      Instant finishedAt,
      int holdsActive,
      long planned,
      long done,
      int percent,
      List<ClassJson> classes) {
    static RunJson of(PurgeRun r) {
      return new RunJson(
          r.id(),
          r.trigger(),
          r.status(),
          r.startedAt(),
          r.finishedAt(),
          r.holdsActive(),
          r.planned(),
          r.done(),
          r.percent(),
          r.classes().stream().map(ClassJson::of).toList());
    }
  }

  /** One data class of a run. */
  @Serdeable
  record ClassJson(
      String dataClass,
      int retentionDays,
      Instant cutoff,
      long planned,
      long done,
      long heldKept,
      int percent) {
    static ClassJson of(ClassResult c) {
      return new ClassJson(
          c.dataClass().key(),
          c.cutoff().days(),
          c.cutoff().cutoff(),
          c.planned(),
          c.done(),
          c.heldKept(),
          c.percent());
    }
  }
}
