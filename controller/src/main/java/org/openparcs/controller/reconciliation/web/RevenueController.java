package org.openparcs.controller.reconciliation.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.reconciliation.application.BuildRevenueReport;
import org.openparcs.controller.reconciliation.infrastructure.RevenueCsv;
import org.openparcs.controller.reconciliation.infrastructure.RevenuePdf;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.reconciliation.model.RevenueReport;
import org.openparcs.controller.shared.web.ErrorBody;

/** Expected against collected revenue for auditors: JSON, CSV or PDF. */
@Controller("/api/revenue")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RevenueController {

  /** The report in minor units of {@code currency}; {@code expected} null where not defined. */
  @Serdeable
  public record RevenueView(
      Instant from,
      Instant to,
      String currency,
      long expected,
      long collected,
      long gap,
      long visitorStays,
      List<LineView> lines) {}

  /** One group of the report. */
  @Serdeable
  public record LineView(
      String dimension,
      String key,
      @Nullable Long expected,
      long collected,
      long stays,
      long transactions) {}

  private final BuildRevenueReport build;
  private final GarageLayout garage;

  public RevenueController(BuildRevenueReport build, GarageLayout garage) {
    this.build = build;
    this.garage = garage;
  }

  @Get
  public HttpResponse<?> report(
      @QueryValue Instant from, @QueryValue Instant to, @Nullable @QueryValue String format) {
    String f = format == null ? "json" : format;
    if (!List.of("json", "csv", "pdf").contains(f)) {
      return HttpResponse.<ErrorBody>status(HttpStatus.BAD_REQUEST)
          .body(new ErrorBody("format is json, csv or pdf, not '" + f + "'"));
    }
    RevenueReport r = build.report(new Period(from, to));
    String name = "revenue-" + garage.id() + "-" + from.toString().substring(0, 10);
    if (f.equals("csv")) {
      return HttpResponse.ok(RevenueCsv.of(r).getBytes(StandardCharsets.UTF_8))
          .contentType(new MediaType("text/csv; charset=utf-8"))
          .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }
    if (f.equals("pdf")) {
      return HttpResponse.ok(RevenuePdf.of(r, garage.name()))
          .contentType(new MediaType("application/pdf"))
          .header("Content-Disposition", "attachment; filename=\"" + name + ".pdf\"");
    }
    return HttpResponse.ok(view(r));
  }

  private static RevenueView view(RevenueReport r) {
    return new RevenueView(
        r.period().from(),
        r.period().to(),
        r.expected().currency().getCurrencyCode(),
        r.expected().minor(),
        r.collected().minor(),
        r.gap().minor(),
        r.visitorStays(),
        r.lines().stream()
            .map(
                l ->
                    new LineView(
                        l.dimension().name(),
                        l.key(),
                        l.expected() == null ? null : l.expected().minor(),
                        l.collected().minor(),
                        l.stays(),
                        l.transactions()))
            .toList());
  }
}
