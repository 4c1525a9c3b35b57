package org.openparcs.portal.garage.application;

import java.util.List;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.model.EventLine;
import org.openparcs.portal.garage.model.EventSummaryPolicy;
import org.openparcs.portal.garage.model.GarageOverview;

/** Every garage with its last contact, its event count and its latest events. */
public final class ListGarageOverviews {

  private final GarageOverviews overviews;
  private final UnitOfWork unitOfWork;
  private final int latestEvents;

  /**
   * @param latestEvents how many of each garage's latest events to show
   */
  public ListGarageOverviews(GarageOverviews overviews, UnitOfWork unitOfWork, int latestEvents) {
    if (latestEvents < 1) {
      throw new IllegalArgumentException("the garages page shows at least one event per garage");
    }
    this.overviews = overviews;
    this.unitOfWork = unitOfWork;
    this.latestEvents = latestEvents;
  }

  public List<GarageOverview> list() {
    return unitOfWork.reading(
        () -> overviews.garages().stream().map(this::withLatestEvents).toList());
  }

  private GarageOverview withLatestEvents(GarageOverviews.GarageRow row) {
    List<EventLine> lines =
        overviews.latestEvents(row.id(), latestEvents).stream()
            .map(
                e ->
                    new EventLine(
                        e.occurredAt(),
                        e.seq(),
                        e.type(),
                        EventSummaryPolicy.summarize(e.type(), e.payload())))
            .toList();
    return new GarageOverview(
        row.id(), row.name(), row.lastContactAt(), row.eventsReceived(), row.lastSeq(), lines);
  }
}
