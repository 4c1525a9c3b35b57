package org.openparcs.controller.tariff.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import java.util.List;
import org.openparcs.controller.shared.application.Transactions;
import org.openparcs.controller.tariff.application.PublishTariff;
import org.openparcs.controller.tariff.application.Tariffs;
import org.openparcs.controller.tariff.infrastructure.TariffDocument;

/** The garage's tariff versions: publish a new one, list them all. */
@Controller("/api/tariffs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TariffController {

  private final PublishTariff publishTariff;
  private final Tariffs tariffs;
  private final Transactions tx;

  public TariffController(PublishTariff publishTariff, Tariffs tariffs, Transactions tx) {
    this.publishTariff = publishTariff;
    this.tariffs = tariffs;
    this.tx = tx;
  }

  @Post
  public HttpResponse<TariffDocument> publish(@Body @Valid TariffDocument document) {
    return HttpResponse.created(TariffDocument.of(publishTariff.publish(document.toModel())));
  }

  @Get
  public List<TariffDocument> list() {
    return tx.readOnly(
        () -> tariffs.schedule().versions().stream().map(TariffDocument::of).toList());
  }
}
