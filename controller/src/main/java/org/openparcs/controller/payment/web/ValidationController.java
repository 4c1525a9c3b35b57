package org.openparcs.controller.payment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.payment.application.RecordValidation;
import org.openparcs.controller.payment.model.MerchantValidation;
import org.openparcs.controller.payment.model.PaymentOutcome.Rejection;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.controller.shared.web.ErrorBody;
import org.openparcs.controller.tariff.model.Discount;

/** Merchants validate a stay in progress: free time, a fixed amount or a percentage off. */
@Controller("/api/validations")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ValidationController {

  /** Kinds of validation. */
  public enum Kind {
    FREE_TIME,
    FIXED_AMOUNT,
    PERCENTAGE
  }

  /**
   * A validation: {@code freeMinutes} for FREE_TIME, {@code amount} (minor units) for FIXED_AMOUNT,
   * {@code basisPoints} (2500 = 25 %) for PERCENTAGE; {@code cap} (minor units) limits what
   * FREE_TIME or PERCENTAGE take off.
   */
  @Serdeable
  public record ValidationBody(
      @NotBlank @Size(max = 100) String reference,
      @NotBlank @Size(max = 64) String merchant,
      @Nullable UUID sessionId,
      @Nullable @Size(max = 32) String plate,
      @NotNull Kind kind,
      @Nullable @Min(1) @Max(10_080) Integer freeMinutes,
      @Nullable @Min(1) @Max(100_000_00) Long amount,
      @Nullable @Min(1) @Max(10_000) Integer basisPoints,
      @Nullable @Min(0) @Max(100_000_00) Long cap) {}

  /** A stored validation. */
  @Serdeable
  public record ValidationView(
      String id,
      String sessionId,
      String merchant,
      String reference,
      Instant validatedAt,
      boolean duplicate) {}

  private final RecordValidation recordValidation;
  private final GarageLayout garage;

  public ValidationController(RecordValidation recordValidation, GarageLayout garage) {
    this.recordValidation = recordValidation;
    this.garage = garage;
  }

  @Post
  public HttpResponse<?> validate(@Body @Valid ValidationBody body) {
    RecordValidation.Outcome o =
        recordValidation.record(
            new RecordValidation.Command(
                new PaymentReference(body.reference()),
                body.merchant(),
                body.sessionId(),
                body.plate(),
                discount(body)));
    if (o.validation() == null) {
      HttpStatus status =
          o.rejection() == Rejection.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND;
      return HttpResponse.<ErrorBody>status(status).body(new ErrorBody(o.message()));
    }
    MerchantValidation v = o.validation();
    ValidationView view =
        new ValidationView(
            v.id().toString(),
            v.sessionId().toString(),
            v.merchant(),
            v.reference().value(),
            v.validatedAt(),
            o.duplicate());
    return o.duplicate() ? HttpResponse.ok(view) : HttpResponse.created(view);
  }

  private Discount discount(ValidationBody b) {
    Money cap = b.cap() == null ? null : Money.of(b.cap(), garage.currency());
    if (b.kind() == Kind.FREE_TIME) {
      return new Discount.FreeTime(
          Duration.ofMinutes(require(b.freeMinutes(), "freeMinutes")), cap);
    }
    if (b.kind() == Kind.FIXED_AMOUNT) {
      return new Discount.FixedAmount(Money.of(require(b.amount(), "amount"), garage.currency()));
    }
    return new Discount.Percentage(require(b.basisPoints(), "basisPoints"), cap);
  }

  private static <T> T require(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("this kind of validation needs " + field);
    }
    return value;
  }
}
