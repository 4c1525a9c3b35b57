package org.openparcs.portal.hotlist.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.hotlist.model.HotList;
import org.openparcs.portal.hotlist.model.HotListEntry;

/** The hot lists with their entries and whether each list matches now (POLICY S3). */
public final class ListHotLists {

  /** A list, whether it may match now, and its entries. */
  public record ListView(HotList list, boolean matching, List<HotListEntry> entries) {}

  private final HotLists lists;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final int refreshHours;

  public ListHotLists(HotLists lists, UnitOfWork unitOfWork, Clock clock, int refreshHours) {
    this.lists = lists;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.refreshHours = refreshHours;
  }

  public List<ListView> list(Actor actor) {
    actor.require(Permission.ENTER_HOT_LIST);
    return unitOfWork.reading(
        () -> {
          List<ListView> views = new ArrayList<>();
          for (HotList l : lists.all()) {
            views.add(
                new ListView(
                    l, l.matching(clock.instant(), refreshHours), lists.entries(l.id(), 500)));
          }
          return views;
        });
  }
}
