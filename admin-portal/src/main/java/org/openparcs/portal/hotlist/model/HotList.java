package org.openparcs.portal.hotlist.model;

import java.time.Duration;
import java.time.Instant;

/**
 * A list of plates of interest (POLICY S3). An external list (e.g. the Stolen Vehicle System) is a
 * copy of its source: when not refreshed within the profile's hours (24) it stops matching.
 *
 * @param id its number
 * @param name its name
 * @param kind stolen, wanted or scofflaw
 * @param external whether its entries come from an outside source by import
 * @param source the outside source's name; null for an internal list
 * @param refreshedAt the last import; null when never imported (and for internal lists)
 */
public record HotList(
    long id, String name, HotListKind kind, boolean external, String source, Instant refreshedAt) {

  /** Whether its entries may raise alerts at {@code now}. */
  public boolean matching(Instant now, int refreshHours) {
    return !external
        || (refreshedAt != null
            && !refreshedAt.isBefore(now.minus(Duration.ofHours(refreshHours))));
  }
}
