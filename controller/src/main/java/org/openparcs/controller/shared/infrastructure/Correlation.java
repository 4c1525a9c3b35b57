package org.openparcs.controller.shared.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id that follows a vehicle's read from the camera push through the decision and
 * the gate events to the portal: taken from the push's {@code X-Correlation-Id} header when it is
 * well formed, else made; kept in the logging MDC ({@code correlationId}) while the push is
 * handled, written into every outbox event the push causes, and remembered per decision for the
 * gate events the lane reports later on its own thread.
 */
public final class Correlation {

  public static final String HEADER = "X-Correlation-Id";
  public static final String MDC_KEY = "correlationId";
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private static final int REMEMBERED = 10_000;

  private static final Map<String, String> BY_DECISION =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > REMEMBERED;
        }
      };

  private Correlation() {}

  /** The caller's id when well formed, else a new one. */
  public static String fromHeader(String header) {
    return header != null && VALID.matcher(header).matches()
        ? header
        : UUID.randomUUID().toString();
  }

  /** The id of the work this thread does now, if any. */
  public static String current() {
    return MDC.get(MDC_KEY);
  }

  /** Remembers which correlation a decision belongs to, for its later gate events. */
  public static void remember(String decisionId, String correlationId) {
    synchronized (BY_DECISION) {
      BY_DECISION.put(decisionId, correlationId);
    }
  }

  public static String ofDecision(String decisionId) {
    synchronized (BY_DECISION) {
      return BY_DECISION.get(decisionId);
    }
  }
}
