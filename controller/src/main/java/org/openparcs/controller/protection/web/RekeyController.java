package org.openparcs.controller.protection.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.openparcs.controller.protection.infrastructure.RekeyAtStart;

/**
 * The re-key by command (POLICY K1 key rotation): after a new key is made current, this rewrites
 * what the old one protects; its counts tell the operator when the old key can be removed.
 */
@Controller("/api/protection")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(beans = RekeyAtStart.class)
public class RekeyController {

  /** One table's counts: rows looked at, rows resealed, rows whose lookup hash was rewritten. */
  @Serdeable
  public record TableCounts(String table, long scanned, long resealed, long rehashed) {}

  private final RekeyAtStart rekey;

  public RekeyController(RekeyAtStart rekey) {
    this.rekey = rekey;
  }

  @Post("/rekey")
  public HttpResponse<List<TableCounts>> rekey() {
    var counts = rekey.run();
    if (counts.isEmpty()) {
      return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT);
    }
    return HttpResponse.ok(
        counts.values().stream()
            .map(c -> new TableCounts(c.column(), c.scanned(), c.resealed(), c.rehashed()))
            .toList());
  }
}
