package org.openparcs.controller.occupancy.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.openparcs.controller.occupancy.application.Occupancies;
import org.openparcs.controller.occupancy.application.ShowOccupancy;
import org.openparcs.controller.occupancy.model.GroupOccupancy;
import org.openparcs.controller.occupancy.model.Occupancy;
import org.openparcs.controller.occupancy.model.PermitGroup;
import org.openparcs.controller.shared.application.Transactions;

/** Occupancy of the garage and of its permit groups, and the groups' parks. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class OccupancyController {

  @Serdeable
  public record GroupBody(@NotBlank @Size(max = 200) String holder, @NotNull Integer parks) {}

  @Serdeable
  public record GroupView(String holder, int parks, int inside, boolean full) {
    static GroupView of(GroupOccupancy g) {
      return new GroupView(g.holder(), g.parks(), g.inside(), g.full());
    }
  }

  @Serdeable
  public record OccupancyView(
      int inside,
      int visitors,
      int permitHolders,
      int capacity,
      Integer free,
      boolean full,
      List<GroupView> groups) {}

  private final ShowOccupancy show;
  private final Occupancies occupancies;
  private final Transactions tx;

  public OccupancyController(ShowOccupancy show, Occupancies occupancies, Transactions tx) {
    this.show = show;
    this.occupancies = occupancies;
    this.tx = tx;
  }

  @Get("/occupancy")
  public OccupancyView occupancy() {
    Occupancy o = show.now();
    return new OccupancyView(
        o.inside(),
        o.visitors(),
        o.permitHolders(),
        o.capacity(),
        o.capacity() == 0 ? null : o.free(),
        o.full(),
        o.groups().stream().map(GroupView::of).toList());
  }

  /** Sets how many of a holder's vehicles may be inside at once ("Parks"). */
  @Post("/permit-groups")
  public HttpResponse<GroupView> saveGroup(@Body @Valid GroupBody body) {
    PermitGroup group = new PermitGroup(body.holder().strip(), body.parks());
    GroupOccupancy saved =
        tx.inTransaction(
            () -> {
              occupancies.saveGroup(group);
              return occupancies.group(group.holder());
            });
    return HttpResponse.ok(GroupView.of(saved));
  }
}
