package org.openparcs.portal.ingest.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openparcs.portal.fakes.Events.event;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The shape of a batch the ingest contract allows. */
class EventBatchTest {

  @Test
  void refusesAnEmptyBatch() {
    assertThatThrownBy(() -> new EventBatch(List.of())).hasMessageContaining("at least one event");
  }

  @Test
  void refusesMoreThanFiveHundredEvents() {
    List<GarageEvent> events = LongStream.rangeClosed(1, 501).mapToObj(s -> event("b", s)).toList();

    assertThatThrownBy(() -> new EventBatch(events)).hasMessageContaining("at most 500");
  }

  @Test
  void acceptsExactlyFiveHundredEventsWithGaps() {
    List<GarageEvent> events =
        LongStream.rangeClosed(1, 500).mapToObj(s -> event("b", s * 7)).toList();

    assertThat(new EventBatch(events).lastSeq()).isEqualTo(3500);
  }

  @Test
  void refusesEventsOutOfSeqOrder() {
    assertThatThrownBy(() -> new EventBatch(List.of(event("b", 2), event("b", 1))))
        .hasMessageContaining("sorted by seq");
  }

  @Test
  void refusesTheSameEventIdTwice() {
    GarageEvent one = event("b", 1);
    GarageEvent sameIdLater =
        new GarageEvent(one.eventId(), 2, one.type(), one.occurredAt(), one.payloadJson(), null);

    assertThatThrownBy(() -> new EventBatch(List.of(one, sameIdLater)))
        .hasMessageContaining("appears twice");
  }

  @Test
  void refusesAnEventTypeOutsideLowerCaseAndUnderscore() {
    assertThatThrownBy(() -> new EventType("Plate-Read")).hasMessageContaining("a-z");
  }
}
