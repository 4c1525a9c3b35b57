package org.openparcs.controller.lane.access.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.application.RegisterPermit;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.PermitKind;
import org.openparcs.controller.lane.card.application.AssignPermitCard;
import org.openparcs.controller.lane.card.model.CardNumber;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.shared.web.ErrorBody;

/** Permits and monthly holders of this garage. */
@Controller("/api/permits")
@ExecuteOn(TaskExecutors.BLOCKING)
public class PermitController {

  @Serdeable
  public record NewPermit(
      @NotBlank @Size(max = 32) String plate,
      @NotBlank @Size(max = 200) String holder,
      @NotNull PermitKind kind,
      @NotNull Instant validFrom,
      @NotNull Instant validTo,
      @Nullable @Size(max = 40) String cardNumber) {}

  /** A card for a permit: {@code facility:number} for 26-bit Wiegand cards. */
  @Serdeable
  public record CardRequest(@NotBlank @Size(max = 40) String cardNumber) {}

  @Serdeable
  public record PermitView(
      String id,
      String plate,
      String holder,
      PermitKind kind,
      Instant validFrom,
      Instant validTo,
      @Nullable String cardNumber) {
    static PermitView of(Permit p) {
      return of(p, null);
    }

    static PermitView of(Permit p, CardNumber card) {
      return new PermitView(
          p.id().toString(),
          p.plate().value(),
          p.holder(),
          p.kind(),
          p.validFrom(),
          p.validTo(),
          card == null ? null : card.value());
    }
  }

  private final RegisterPermit registerPermit;
  private final AssignPermitCard assignCard;
  private final Permits permits;
  private final Transactions tx;

  public PermitController(
      RegisterPermit registerPermit,
      AssignPermitCard assignCard,
      Permits permits,
      Transactions tx) {
    this.registerPermit = registerPermit;
    this.assignCard = assignCard;
    this.permits = permits;
    this.tx = tx;
  }

  /** A permit; with {@code cardNumber}, the holder's card opens the lanes as the plate does. */
  @Post
  public HttpResponse<PermitView> register(@Body @Valid NewPermit p) {
    CardNumber card = p.cardNumber() == null ? null : new CardNumber(p.cardNumber());
    Permit permit =
        registerPermit.register(
            new RegisterPermit.Command(
                p.plate(), p.holder(), p.kind(), p.validFrom(), p.validTo()));
    if (card != null) {
      assignCard.assign(permit.id(), card);
    }
    return HttpResponse.created(PermitView.of(permit, card));
  }

  /** Gives permit {@code id} a card (replacing its previous one). */
  @Post("/{id}/card")
  public HttpResponse<?> card(@PathVariable UUID id, @Body @Valid CardRequest request) {
    CardNumber card = new CardNumber(request.cardNumber());
    if (!assignCard.assign(id, card)) {
      return HttpResponse.notFound(new ErrorBody("no permit " + id));
    }
    return HttpResponse.ok(new CardRequest(card.value()));
  }

  @Get
  public List<PermitView> list(@Nullable @QueryValue @Size(max = 32) String plate) {
    return tx.readOnly(
        () ->
            (plate == null ? permits.list(500) : permits.forPlate(PlateText.of(plate)))
                .stream().map(PermitView::of).toList());
  }
}
