package org.openparcs.portal.console.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An operator's action at a garage's console, sent from the portal to the garage's own operator
 * endpoint (issue 5). Each is checked here before it leaves the portal (a reason is required,
 * POLICY K3 and the garage's audit); the garage checks it again and records it under the portal
 * user.
 */
public sealed interface ConsoleAction {

  /** The garage's endpoint, path only (the relay adds the signed user). */
  String path();

  /** The JSON body the garage's endpoint takes. */
  Map<String, Object> body();

  /** What the portal's audit trail says of it: no plate in clear (the terms carry it, sealed). */
  String describe();

  /** The plate the action names, for the audit's terms; null when none. */
  String plate();

  /** Correct a misread from the image (POLICY K3): of a waiting exception or of one read. */
  record CorrectPlate(String exceptionId, String readId, String correctedPlate, String reason)
      implements ConsoleAction {
    public CorrectPlate {
      if ((exceptionId == null) == (readId == null)) {
        throw new InvalidConsoleAction("name the exception or the read to correct, not both");
      }
      exceptionId = exceptionId == null ? null : Text.id(exceptionId, "exception");
      readId = readId == null ? null : Text.id(readId, "read");
      correctedPlate = Text.plate(correctedPlate);
      reason = Text.reason(reason);
    }

    @Override
    public String path() {
      return "/api/reads/corrections";
    }

    @Override
    public Map<String, Object> body() {
      Map<String, Object> b = new LinkedHashMap<>();
      if (exceptionId != null) {
        b.put("exceptionId", exceptionId);
      } else {
        b.put("readId", readId);
      }
      b.put("plate", correctedPlate);
      b.put("reason", reason);
      return b;
    }

    @Override
    public String describe() {
      return "plate correction of "
          + (exceptionId != null ? "exception " + exceptionId : "read " + readId)
          + ": "
          + reason;
    }

    @Override
    public String plate() {
      return correctedPlate;
    }
  }

  /** Open the barrier for the vehicle on the lane's arming loop, with a mandatory reason. */
  record Vend(String lane, String vendPlate, String reason) implements ConsoleAction {
    public Vend {
      lane = Text.lane(lane);
      vendPlate = Text.plate(vendPlate);
      reason = Text.reason(reason);
    }

    @Override
    public String path() {
      return "/api/lanes/" + lane + "/vend";
    }

    @Override
    public Map<String, Object> body() {
      return Map.of("plate", vendPlate, "reason", reason);
    }

    @Override
    public String describe() {
      return "vend at lane " + lane + ": " + reason;
    }

    @Override
    public String plate() {
      return vendPlate;
    }
  }

  /** Lock the lane, hold it open, or set it back to normal, with a reason. */
  record SetLaneMode(String lane, String mode, String reason) implements ConsoleAction {
    private static final Set<String> MODES = Set.of("NORMAL", "LOCKED_CLOSED", "HELD_OPEN", "FULL");

    public SetLaneMode {
      lane = Text.lane(lane);
      if (mode == null || !MODES.contains(mode)) {
        throw new InvalidConsoleAction("a lane's mode is one of " + MODES);
      }
      reason = Text.reason(reason);
    }

    @Override
    public String path() {
      return "/api/lanes/" + lane + "/mode";
    }

    @Override
    public Map<String, Object> body() {
      return Map.of("mode", mode, "reason", reason);
    }

    @Override
    public String describe() {
      return "lane " + lane + " set to " + mode + ": " + reason;
    }

    @Override
    public String plate() {
      return null;
    }
  }

  /** A vehicle at the exit with no entry found: it entered on this open session. */
  record MatchEntry(String exceptionId, String sessionId, String reason) implements ConsoleAction {
    public MatchEntry {
      exceptionId = Text.id(exceptionId, "exception");
      sessionId = Text.id(sessionId, "session");
      reason = Text.reason(reason);
    }

    @Override
    public String path() {
      return "/api/exceptions/" + exceptionId + "/entry";
    }

    @Override
    public Map<String, Object> body() {
      return Map.of("sessionId", sessionId, "reason", reason);
    }

    @Override
    public String describe() {
      return "exit of exception "
          + exceptionId
          + " matched to session "
          + sessionId
          + ": "
          + reason;
    }

    @Override
    public String plate() {
      return null;
    }
  }

  /** A vehicle at the exit with no entry found: a lost ticket (the lost-ticket fee is due). */
  record LostTicket(String exceptionId, String reason) implements ConsoleAction {
    public LostTicket {
      exceptionId = Text.id(exceptionId, "exception");
      reason = Text.reason(reason);
    }

    @Override
    public String path() {
      return "/api/exceptions/" + exceptionId + "/lost-ticket";
    }

    @Override
    public Map<String, Object> body() {
      return Map.of("reason", reason);
    }

    @Override
    public String describe() {
      return "lost ticket on exception " + exceptionId + ": " + reason;
    }

    @Override
    public String plate() {
      return null;
    }
  }

  /** An action that cannot be sent as it is: the message says what to change (a 400). */
  final class InvalidConsoleAction extends IllegalArgumentException {
    public InvalidConsoleAction(String message) {
      super(message);
    }
  }

  /** The garage's rules for the fields (its OperatorText), checked before anything is sent. */
  final class Text {
    private static final Pattern NO_MARKUP = Pattern.compile("[^<>\\p{Cntrl}]*");
    private static final Pattern PLATE = Pattern.compile("[A-Z0-9 -]{1,16}");
    private static final Pattern LANE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Text() {}

    static String reason(String reason) {
      String r = reason == null ? "" : reason.strip();
      if (r.isEmpty()) {
        throw new InvalidConsoleAction("a reason is required");
      }
      if (r.length() > 500 || !NO_MARKUP.matcher(r).matches()) {
        throw new InvalidConsoleAction(
            "a reason is at most 500 characters, without markup (< or >) or control characters");
      }
      return r;
    }

    static String plate(String plate) {
      String p = plate == null ? "" : plate.strip().toUpperCase(java.util.Locale.ROOT);
      if (!PLATE.matcher(p).matches()) {
        throw new InvalidConsoleAction("a plate is 1 to 16 letters, digits, spaces and hyphens");
      }
      return p;
    }

    static String lane(String lane) {
      if (lane == null || !LANE.matcher(lane).matches()) {
        throw new InvalidConsoleAction("no such lane");
      }
      return lane;
    }

    static String id(String id, String what) {
      try {
        return UUID.fromString(id == null ? "" : id.strip()).toString();
      } catch (IllegalArgumentException e) {
        throw new InvalidConsoleAction("not the id of a " + what + ": " + id);
      }
    }
  }
}
