package org.openparcs.portal.sharing.application;

import java.time.Instant;
import java.util.List;
import org.openparcs.portal.sharing.model.SharedRead;

/** Reads matching a request, and the records released for it. */
public interface SharedRecords {

  /** Received reads of these plates between the two instants, oldest first, at most limit. */
  List<SharedRead> matching(List<String> plates, Instant from, Instant to, int limit);

  void store(long requestId, List<SharedRead> reads, Instant at);

  /** What was released for a request (gone once the export period passed). */
  List<SharedRead> released(long requestId);
}
