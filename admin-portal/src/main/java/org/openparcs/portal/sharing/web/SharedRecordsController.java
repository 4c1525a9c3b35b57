package org.openparcs.portal.sharing.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.common.web.Forms;
import org.openparcs.portal.sharing.application.ExportSharedRecords;
import org.openparcs.portal.sharing.model.SharedRead;

/** The records released for a request, as the CSV handed to the agency (audited, POLICY T4). */
@Controller("/sharing/requests/{id}/records.csv")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SharedRecordsController {

  private final ExportSharedRecords export;
  private final CurrentActor actors;

  SharedRecordsController(ExportSharedRecords export, CurrentActor actors) {
    this.export = export;
    this.actors = actors;
  }

  @Get(produces = "text/csv")
  HttpResponse<?> csv(
      HttpRequest<?> request, Authentication authentication, @PathVariable long id) {
    Optional<ExportSharedRecords.Export> e = export.export(actors.of(request, authentication), id);
    if (e.isEmpty()) {
      return HttpResponse.notFound("no released request with this number");
    }
    StringBuilder csv =
        new StringBuilder(
            "# Released to "
                + e.get().request().agency().name().replaceAll("[\\r\\n]", " ")
                + " for its own use only: no onward sharing (POLICY S2)\n");
    csv.append("read_id,garage,lane,camera,plate,read_at\n");
    for (SharedRead r : e.get().records()) {
      csv.append(
              String.join(
                  ",",
                  List.of(
                      Forms.csv(r.readId()),
                      Forms.csv(r.garage().value()),
                      Forms.csv(r.lane()),
                      Forms.csv(r.camera()),
                      Forms.csv(r.plate()),
                      Forms.csv(r.readAt()))))
          .append('\n');
    }
    return HttpResponse.ok(csv.toString())
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"shared-records-" + id + ".csv\"");
  }
}
