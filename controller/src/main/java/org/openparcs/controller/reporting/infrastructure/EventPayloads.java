package org.openparcs.controller.reporting.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneModeChange;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.operator.model.PlateDataAccess;
import org.openparcs.controller.plate.model.PlateCorrection;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.reporting.model.GarageEvent;
import org.openparcs.controller.session.model.ClosedSession;
import org.openparcs.controller.session.model.OpenSession;

/** The JSON the portal receives for each garage event, as plain maps. */
final class EventPayloads {

  private EventPayloads() {}

  static Map<String, Object> of(GarageEvent event) {
    return event.accept(
        new GarageEvent.Visitor<>() {
          @Override
          public Map<String, Object> plateRead(GarageEvent.PlateReadRecorded e) {
            return read(e.read());
          }

          @Override
          public Map<String, Object> accessDecided(GarageEvent.AccessDecided e) {
            return decision(e.decision());
          }

          @Override
          public Map<String, Object> gateEvent(GarageEvent.GateEventRecorded e) {
            return gate(e.event());
          }

          @Override
          public Map<String, Object> sessionOpened(GarageEvent.SessionOpened e) {
            return opened(e.session());
          }

          @Override
          public Map<String, Object> sessionClosed(GarageEvent.SessionClosed e) {
            return closed(e.session());
          }

          @Override
          public Map<String, Object> laneException(GarageEvent.LaneExceptionRaised e) {
            return exception(e.exception());
          }

          @Override
          public Map<String, Object> laneModeChanged(GarageEvent.LaneModeChanged e) {
            return modeChange(e.change());
          }

          @Override
          public Map<String, Object> tariffPublished(GarageEvent.TariffPublished e) {
            return RevenuePayloads.tariff(e.version());
          }

          @Override
          public Map<String, Object> paymentRecorded(GarageEvent.PaymentRecorded e) {
            return RevenuePayloads.payment(e.payment());
          }

          @Override
          public Map<String, Object> findingRaised(GarageEvent.FindingRaised e) {
            return RevenuePayloads.finding(e.finding());
          }

          @Override
          public Map<String, Object> findingDisposed(GarageEvent.FindingDisposed e) {
            return RevenuePayloads.disposition(e.disposition());
          }

          @Override
          public Map<String, Object> reconciliationCompleted(
              GarageEvent.ReconciliationCompleted e) {
            return RevenuePayloads.run(e.run());
          }

          @Override
          public Map<String, Object> revenueReported(GarageEvent.RevenueReported e) {
            return RevenuePayloads.revenue(e.report());
          }

          @Override
          public Map<String, Object> plateCorrected(GarageEvent.PlateCorrected e) {
            return correction(e.correction());
          }

          @Override
          public Map<String, Object> plateDataAccessed(GarageEvent.PlateDataAccessed e) {
            return access(e.access());
          }
        });
  }

  private static Map<String, Object> access(PlateDataAccess a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("accessId", a.id().toString());
    m.put("viewer", a.viewer());
    m.put("department", a.department());
    m.put("via", a.via());
    m.put("ip", a.ip());
    m.put("method", a.method());
    m.put("resource", a.path());
    // The query can name a plate: "detail" is one of the fields the portal seals (POLICY K1).
    m.put("detail", a.query());
    m.put("purpose", a.purpose());
    m.put("accessedAt", a.accessedAt().toString());
    return m;
  }

  private static Map<String, Object> read(PlateRead r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("readId", r.id().toString());
    m.put("lane", r.laneId().value());
    m.put("camera", r.cameraId().value());
    m.put("plate", r.plate().value());
    m.put("confidence", r.confidence());
    m.put("region", r.region());
    m.put("source", r.source());
    m.put("frameId", str(r.frameId()));
    m.put("capturedAt", r.capturedAt().toString());
    m.put("receivedAt", r.receivedAt().toString());
    return m;
  }

  private static Map<String, Object> decision(RecordedDecision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("decisionId", d.id().toString());
    m.put("readId", str(d.plateReadId()));
    m.put("lane", d.laneId().value());
    m.put("plate", d.plate().value());
    m.put("rule", d.decision().rule());
    m.put("outcome", d.decision().match(g -> "GRANTED", n -> "DENIED"));
    m.put("permitId", d.decision().match(g -> str(g.permitId()), n -> null));
    m.put("reason", d.decision().match(g -> null, n -> n.reason().name()));
    m.put("match", d.match().kind().name());
    m.put("matchedPlate", d.match().matched().map(PlateText::value).orElse(null));
    m.put("readBasis", d.basis().name());
    m.put("decidedAt", d.decidedAt().toString());
    return m;
  }

  private static Map<String, Object> gate(GateEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("gateEventId", e.id().toString());
    m.put("lane", e.laneId().value());
    m.put("type", e.type().name());
    m.put("decisionId", str(e.decisionId()));
    m.put("detail", e.detail());
    m.put("occurredAt", e.occurredAt().toString());
    return m;
  }

  private static Map<String, Object> opened(OpenSession s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sessionId", s.id().toString());
    m.put("plate", s.plate().value());
    m.put("permitId", str(s.permitId()));
    m.put("lane", s.entryLane().value());
    m.put("enteredAt", s.enteredAt().toString());
    return m;
  }

  private static Map<String, Object> closed(ClosedSession s) {
    Map<String, Object> m = opened(s.entry());
    m.put("lane", s.exitLane().value());
    m.put("entryLane", s.entry().entryLane().value());
    m.put("exitedAt", s.exitedAt().toString());
    m.put("staySeconds", s.stay().toSeconds());
    return m;
  }

  private static Map<String, Object> exception(LaneException e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("exceptionId", e.id().toString());
    m.put("lane", e.laneId().value());
    m.put("kind", e.kind().name());
    m.put("decisionId", str(e.decisionId()));
    m.put("detail", e.detail());
    m.put("readId", str(e.readId()));
    m.put("frameId", str(e.frameId()));
    m.put("raisedAt", e.raisedAt().toString());
    return m;
  }

  private static Map<String, Object> modeChange(LaneModeChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("changeId", c.id().toString());
    m.put("lane", c.laneId().value());
    m.put("from", c.from().name());
    m.put("to", c.to().name());
    m.put("operator", c.operator());
    m.put("reason", c.reason());
    m.put("changedAt", c.changedAt().toString());
    return m;
  }

  /**
   * {@code readId} is the read corrected, or the operator's own read when nothing was read (then
   * {@code originalText} is empty).
   */
  private static Map<String, Object> correction(PlateCorrection c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("correctionId", c.id().toString());
    m.put("readId", str(c.readId() != null ? c.readId() : c.correctedReadId()));
    m.put("lane", c.laneId().value());
    m.put("originalText", c.originalText() == null ? "" : c.originalText().value());
    m.put("correctedText", c.correctedText().value());
    m.put("changed", c.changed());
    m.put("operator", c.operator());
    m.put("reason", c.reason());
    m.put("exceptionId", str(c.exceptionId()));
    m.put("correctedReadId", c.correctedReadId().toString());
    m.put("correctedAt", c.correctedAt().toString());
    return m;
  }

  private static String str(UUID id) {
    return id == null ? null : id.toString();
  }
}
