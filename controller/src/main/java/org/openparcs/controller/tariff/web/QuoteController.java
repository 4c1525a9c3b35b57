package org.openparcs.controller.tariff.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.web.ErrorBody;
import org.openparcs.controller.tariff.application.QuoteFee;
import org.openparcs.controller.tariff.model.Quote;

/** Pay by plate: a driver types the plate at a kiosk or in an app and sees what is due. */
@Controller("/api/quotes")
@ExecuteOn(TaskExecutors.BLOCKING)
public class QuoteController {

  /**
   * What is due now. {@code amount} (still to pay), {@code fee} (the stay so far, after
   * validations), {@code paid} and {@code undiscounted} are minor units of {@code currency}; {@code
   * display} is {@code amount} in major units.
   */
  @Serdeable
  public record QuoteView(
      String plate,
      String sessionId,
      long amount,
      String currency,
      String display,
      long fee,
      long paid,
      long undiscounted,
      String basis,
      @Nullable String flatRate,
      @Nullable String tariffVersion,
      boolean permit,
      Instant enteredAt,
      Instant quotedAt) {

    static QuoteView of(Quote q) {
      return new QuoteView(
          q.stay().plate().value(),
          q.stay().sessionId().toString(),
          q.due().minor(),
          q.due().currency().getCurrencyCode(),
          q.due().toDecimal().toPlainString(),
          q.amount().minor(),
          q.stay().paidMinor(),
          q.charge().undiscounted().minor(),
          q.charge().basis().name(),
          q.charge().flatRate(),
          q.tariffVersion(),
          !q.stay().visitor(),
          q.stay().enteredAt(),
          q.quotedAt());
    }
  }

  private final QuoteFee quoteFee;

  public QuoteController(QuoteFee quoteFee) {
    this.quoteFee = quoteFee;
  }

  @Get
  public HttpResponse<?> quote(@QueryValue @Size(max = 32) String plate) {
    return quoteFee
        .quote(PlateText.of(plate))
        .match(
            quoted -> HttpResponse.ok(QuoteView.of(quoted.quote())),
            notInside ->
                HttpResponse.<ErrorBody>status(HttpStatus.NOT_FOUND)
                    .body(
                        new ErrorBody(
                            "no vehicle with plate "
                                + notInside.plate()
                                + " is inside this garage; check the plate or ask the attendant")),
            noTariff ->
                HttpResponse.<ErrorBody>status(HttpStatus.CONFLICT)
                    .body(
                        new ErrorBody(
                            "no tariff was in effect when "
                                + noTariff.plate()
                                + " entered at "
                                + noTariff.enteredAt()
                                + "; the fee cannot be quoted, ask the attendant")));
  }
}
