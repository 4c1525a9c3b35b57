package org.openparcs.portal.report.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.access.web.CurrentActor;
import org.openparcs.portal.access.web.Pages;
import org.openparcs.portal.common.web.Forms;
import org.openparcs.portal.garage.model.BarChart;
import org.openparcs.portal.report.application.ProduceAnnualReport;
import org.openparcs.portal.report.infrastructure.AnnualReportPdf;
import org.openparcs.portal.report.model.AnnualReport;
import org.openparcs.portal.report.model.LocationCount;

/** The annual data usage report of a year as a page with charts, CSV and PDF (POLICY K4). */
@Controller("/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnnualReportController {

  private final ProduceAnnualReport produce;
  private final AnnualReportPdf pdf;
  private final CurrentActor actors;
  private final Pages pages;

  AnnualReportController(
      ProduceAnnualReport produce, AnnualReportPdf pdf, CurrentActor actors, Pages pages) {
    this.produce = produce;
    this.pdf = pdf;
    this.actors = actors;
    this.pages = pages;
  }

  @Get(uri = "/annual", produces = MediaType.TEXT_HTML)
  HttpResponse<?> page(
      HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String year) {
    Actor actor = checked(request, authentication);
    AnnualReport r = produce.produce(actor, year(year), "page");
    Map<String, Object> model = new HashMap<>();
    model.put("report", r);
    model.put(
        "charts",
        List.of(chart("Reads by location", r, true), chart("Hits by location", r, false)));
    return pages.render(request, actor, "annual-report", model);
  }

  @Get(uri = "/annual.csv", produces = "text/csv")
  HttpResponse<?> csv(
      HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String year) {
    AnnualReport r = produce.produce(checked(request, authentication), year(year), "csv");
    StringBuilder csv =
        new StringBuilder("section,garage,lane,camera,location,reads,hits,corrections\n");
    for (LocationCount l : r.locations()) {
      csv.append(
              String.join(
                  ",",
                  List.of(
                      "location",
                      Forms.csv(l.garage()),
                      Forms.csv(l.lane()),
                      Forms.csv(l.camera()),
                      Forms.csv(l.location()),
                      String.valueOf(l.reads()),
                      String.valueOf(l.hits()),
                      String.valueOf(l.corrections()))))
          .append('\n');
    }
    r.accessesByAction()
        .forEach(
            (action, n) ->
                csv.append("records accessed,")
                    .append(Forms.csv(action))
                    .append(",,,,")
                    .append(n)
                    .append(",,\n"));
    csv.append("accuracy,,,,").append(Forms.csv(r.accuracy())).append(",,,\n");
    return HttpResponse.ok(csv.toString())
        .contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"alpr-usage-" + r.year() + ".csv\"");
  }

  @Get(uri = "/annual.pdf", produces = "application/pdf")
  HttpResponse<?> pdf(
      HttpRequest<?> request, Authentication authentication, @Nullable @QueryValue String year) {
    AnnualReport r = produce.produce(checked(request, authentication), year(year), "pdf");
    return HttpResponse.ok(pdf.render(r))
        .contentType("application/pdf")
        .header("Content-Disposition", "attachment; filename=\"alpr-usage-" + r.year() + ".pdf\"");
  }

  private Actor checked(HttpRequest<?> request, Authentication authentication) {
    Actor actor = actors.of(request, authentication);
    actor.require(Permission.ANNUAL_REPORT);
    return actor;
  }

  /** The year asked; a malformed one is a 400 through the use case's own check. */
  private static int year(String text) {
    return text != null && text.strip().matches("\\d{4}") ? Integer.parseInt(text.strip()) : 0;
  }

  private static BarChart chart(String title, AnnualReport r, boolean reads) {
    List<LocationCount> places = r.locations().isEmpty() ? List.of() : r.locations();
    if (places.isEmpty()) {
      return BarChart.of(title, List.of("none"), List.of(0L), String::valueOf);
    }
    return BarChart.of(
        title,
        places.stream().map(LocationCount::place).toList(),
        places.stream().map(l -> reads ? l.reads() : l.hits()).toList(),
        String::valueOf);
  }
}
