package org.openparcs.controller.payment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openparcs.controller.payment.application.RecordPayment;
import org.openparcs.controller.payment.infrastructure.PaymentSettings;
import org.openparcs.controller.payment.model.PaymentOutcome;
import org.openparcs.controller.payment.model.PaymentSource;
import org.openparcs.controller.payment.model.WebhookSignature;
import org.openparcs.controller.shared.web.ErrorBody;

/**
 * Payments: exit terminals and pay-on-foot machines post to {@code /api/payments}; the online
 * provider posts signed webhooks to {@code /api/payments/online}.
 */
@Controller("/api/payments")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PaymentController {

  /** The provider's signature header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}. */
  public static final String SIGNATURE_HEADER = "X-Parcs-Signature";

  private final RecordPayment recordPayment;
  private final Optional<WebhookSignature> signature;
  private final JsonMapper json;
  private final Validator validator;
  private final Clock clock;

  public PaymentController(
      RecordPayment recordPayment,
      PaymentSettings settings,
      JsonMapper json,
      Validator validator,
      Clock clock) {
    this.recordPayment = recordPayment;
    this.signature =
        Optional.ofNullable(settings.webhookSecret())
            .filter(s -> !s.isBlank())
            .map(s -> new WebhookSignature(s, settings.webhookTolerance()));
    this.json = json;
    this.validator = validator;
    this.clock = clock;
  }

  @Post
  public HttpResponse<?> terminal(@Body @Valid PaymentBody body) {
    PaymentSource source = body.source() == null ? PaymentSource.EXIT_TERMINAL : body.source();
    if (source == PaymentSource.ONLINE) {
      return error(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "online payments arrive through the signed webhook /api/payments/online");
    }
    return respond(recordPayment.record(body.toRequest(source)));
  }

  @Post("/online")
  public HttpResponse<?> online(
      @Body byte[] raw, @Nullable @Header(SIGNATURE_HEADER) String signatureHeader) {
    if (signature.isEmpty()) {
      return error(
          HttpStatus.SERVICE_UNAVAILABLE,
          "online payments are not configured at this garage (parcs.payments.webhook-secret)");
    }
    WebhookSignature.Verdict verdict =
        signature.get().verify(signatureHeader, raw, clock.instant());
    if (verdict != WebhookSignature.Verdict.VALID) {
      return error(HttpStatus.UNAUTHORIZED, verdict.explanation());
    }
    PaymentBody body;
    try {
      body = json.readValue(raw, PaymentBody.class);
    } catch (IOException e) {
      return error(HttpStatus.BAD_REQUEST, "the webhook body is not a payment in JSON");
    }
    Set<ConstraintViolation<PaymentBody>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      return error(
          HttpStatus.BAD_REQUEST,
          violations.stream()
              .map(v -> v.getPropertyPath() + ": " + v.getMessage())
              .sorted()
              .collect(Collectors.joining("; ")));
    }
    return respond(recordPayment.record(body.toRequest(PaymentSource.ONLINE)));
  }

  private static HttpResponse<?> respond(PaymentOutcome outcome) {
    return outcome.match(
        recorded -> HttpResponse.created(PaymentView.of(recorded.payment(), false)),
        duplicate -> HttpResponse.ok(PaymentView.of(duplicate.payment(), true)),
        rejected ->
            error(
                rejected.reason() == PaymentOutcome.Rejection.UNKNOWN
                    ? HttpStatus.NOT_FOUND
                    : rejected.reason() == PaymentOutcome.Rejection.CONFLICT
                        ? HttpStatus.CONFLICT
                        : HttpStatus.UNPROCESSABLE_ENTITY,
                rejected.message()));
  }

  private static HttpResponse<ErrorBody> error(HttpStatus status, String message) {
    return HttpResponse.<ErrorBody>status(status).body(new ErrorBody(message));
  }
}
