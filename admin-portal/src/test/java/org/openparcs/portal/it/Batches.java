package org.openparcs.portal.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** JSON bodies for the ingest endpoint, built by hand so tests also send malformed ones. */
final class Batches {

  private Batches() {}

  /** The id of the event at {@code seq} in {@code namespace}: the same for every delivery. */
  static UUID id(String namespace, long seq) {
    return UUID.nameUUIDFromBytes((namespace + "#" + seq).getBytes(StandardCharsets.UTF_8));
  }

  static String event(String namespace, long seq, String type, String payload) {
    return "{\"eventId\":\"%s\",\"seq\":%d,\"type\":\"%s\",\"occurredAt\":\"2026-11-22T19:%02d:%02d.123456Z\",\"payload\":%s}"
        .formatted(id(namespace, seq), seq, type, (seq / 60) % 60, seq % 60, payload);
  }

  /** An event at a chosen time (retention tests age their data this way). */
  static String eventAt(String namespace, long seq, String type, Instant at, String payload) {
    return "{\"eventId\":\"%s\",\"seq\":%d,\"type\":\"%s\",\"occurredAt\":\"%s\",\"payload\":%s}"
        .formatted(id(namespace, seq), seq, type, at, payload);
  }

  /** Plate reads {@code from..to}, inclusive. */
  static byte[] plateReads(String namespace, long from, long to) {
    String events =
        LongStream.rangeClosed(from, to)
            .mapToObj(
                s ->
                    event(
                        namespace,
                        s,
                        "plate_read",
                        "{\"plate\":\"P%d\",\"laneId\":\"L1\"}".formatted(s)))
            .collect(Collectors.joining(","));
    return ("{\"events\":[" + events + "]}").getBytes(StandardCharsets.UTF_8);
  }

  static byte[] of(String... events) {
    return ("{\"events\":[" + String.join(",", events) + "]}").getBytes(StandardCharsets.UTF_8);
  }
}
