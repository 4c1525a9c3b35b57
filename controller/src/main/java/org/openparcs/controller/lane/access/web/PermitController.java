package org.openparcs.controller.lane.access.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.application.RegisterPermit;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.PermitKind;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.shared.application.Transactions;

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
      @NotNull Instant validTo) {}

  @Serdeable
  public record PermitView(
      String id, String plate, String holder, PermitKind kind, Instant validFrom, Instant validTo) {
    static PermitView of(Permit p) {
      return new PermitView(
          p.id().toString(), p.plate().value(), p.holder(), p.kind(), p.validFrom(), p.validTo());
    }
  }

  private final RegisterPermit registerPermit;
  private final Permits permits;
  private final Transactions tx;

  public PermitController(RegisterPermit registerPermit, Permits permits, Transactions tx) {
    this.registerPermit = registerPermit;
    this.permits = permits;
    this.tx = tx;
  }

  @Post
  public HttpResponse<PermitView> register(@Body @Valid NewPermit p) {
    Permit permit =
        registerPermit.register(
            new RegisterPermit.Command(
                p.plate(), p.holder(), p.kind(), p.validFrom(), p.validTo()));
    return HttpResponse.created(PermitView.of(permit));
  }

  @Get
  public List<PermitView> list(@Nullable @QueryValue @Size(max = 32) String plate) {
    return tx.readOnly(
        () ->
            (plate == null ? permits.list(500) : permits.forPlate(PlateText.of(plate)))
                .stream().map(PermitView::of).toList());
  }
}
