package org.openparcs.portal.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.ingest.model.EventBatch;
import org.openparcs.portal.ingest.model.EventType;
import org.openparcs.portal.ingest.model.GarageEvent;
import org.slf4j.LoggerFactory;

/** The portal's end of the correlation trail from camera push to ingest (issue 9), on logback. */
class IngestLogTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(IngestLog.class);
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level before;

  @BeforeEach
  void capture() {
    before = logger.getLevel();
    logger.setLevel(Level.INFO);
    captured.start();
    logger.addAppender(captured);
  }

  @AfterEach
  void release() {
    logger.detachAppender(captured);
    logger.setLevel(before);
  }

  @Test
  void anEventCarryingACorrelationIdIsLoggedWithItAndWithoutThePlate() {
    UUID id = UUID.randomUUID();
    GarageEvent read =
        new GarageEvent(
            id,
            7,
            new EventType("plate_read"),
            Instant.parse("2026-11-22T10:00:00Z"),
            "{\"plate\":\"7ABC123\",\"correlationId\":\"cam-push-42abc\"}",
            null);
    GarageEvent other =
        new GarageEvent(
            UUID.randomUUID(),
            8,
            new EventType("plate_read"),
            Instant.parse("2026-11-22T10:00:01Z"),
            "{\"plate\":\"7ABC123\"}",
            null);

    IngestLog.ingested("garage-1", new EventBatch(List.of(read, other)), 2, 0);

    assertThat(captured.list).hasSize(1);
    ILoggingEvent line = captured.list.get(0);
    assertThat(line.getLevel()).isEqualTo(Level.INFO);
    assertThat(line.getMDCPropertyMap()).containsEntry("correlationId", "cam-push-42abc");
    assertThat(line.getFormattedMessage())
        .contains(id.toString(), "seq 7", "garage-1", "cam-push-42abc")
        .doesNotContain("7ABC123");
  }

  @Test
  void aForgedCorrelationIdThatIsNotAnIdIsNotLogged() {
    GarageEvent forged =
        new GarageEvent(
            UUID.randomUUID(),
            9,
            new EventType("plate_read"),
            Instant.parse("2026-11-22T10:00:00Z"),
            "{\"correlationId\":\"x\\nFAKE LOG LINE\"}",
            null);

    IngestLog.ingested("garage-1", new EventBatch(List.of(forged)), 1, 0);

    assertThat(captured.list).isEmpty();
  }
}
