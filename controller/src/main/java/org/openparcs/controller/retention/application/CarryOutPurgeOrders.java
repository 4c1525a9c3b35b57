package org.openparcs.controller.retention.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.retention.application.PurgeOrderInbox.PortalUnavailable;
import org.openparcs.controller.retention.model.GaragePurge;
import org.openparcs.controller.retention.model.Holds;
import org.openparcs.controller.retention.model.OrderCheck;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * Fetches the portal's purge orders and carries each out at the garage (POLICY R1: purged from
 * every store), keeping what the order's holds name (R3), then confirms with the counts (R4). An
 * order purged but not confirmed (the portal went away) is confirmed with its recorded counts at
 * the next poll, without purging again; the garage keeps working while the portal is away.
 *
 * <p>When several orders wait, each is carried out with the holds of all of them: an order issued
 * before a hold was placed must not purge what a later order keeps (R3 errs on keeping).
 */
public final class CarryOutPurgeOrders {

  /** What one poll did; {@code portalProblem} is null when the portal answered every call. */
  public record Outcome(
      int pending, int purged, int confirmed, int refused, String portalProblem) {}

  private final PurgeOrderInbox inbox;
  private final AcceptPurgeOrder accept;
  private final GaragePurges purges;
  private final ExecutePurgeOrder execute;
  private final Clock clock;

  public CarryOutPurgeOrders(
      PurgeOrderInbox inbox,
      AcceptPurgeOrder accept,
      GaragePurges purges,
      ExecutePurgeOrder execute,
      Clock clock) {
    this.inbox = inbox;
    this.accept = accept;
    this.purges = purges;
    this.execute = execute;
    this.clock = clock;
  }

  /** One poll: every pending order, oldest first. One poll runs at a time. */
  public synchronized Outcome poll() {
    List<ReceivedOrder> pending;
    try {
      pending = inbox.pending();
    } catch (PortalUnavailable e) {
      return new Outcome(0, 0, 0, 0, e.getMessage());
    }
    int purged = 0;
    int confirmed = 0;
    int refused = 0;
    Holds holds = Holds.of(pending.stream().flatMap(r -> r.order().holds().stream()).toList());
    for (ReceivedOrder received : pending) {
      PurgeOrder order = received.order();
      Optional<GaragePurge> known = purges.find(order.id());
      PurgeCounts counts;
      if (known.isPresent()
          && known.get().status() != GaragePurge.Status.RUNNING
          && known.get().status() != GaragePurge.Status.REFUSED) {
        counts = known.get().counts();
      } else {
        OrderCheck check = accept.check(received);
        if (check instanceof OrderCheck.Refused r) {
          purges.refused(received, r.reason(), clock.instant());
          refused++;
          continue;
        }
        counts = execute.execute(received, holds);
        purged++;
      }
      try {
        inbox.confirm(order.id(), clock.instant(), counts);
        purges.confirmed(order.id(), clock.instant());
        confirmed++;
      } catch (PortalUnavailable e) {
        return new Outcome(pending.size(), purged, confirmed, refused, e.getMessage());
      }
    }
    return new Outcome(pending.size(), purged, confirmed, refused, null);
  }
}
