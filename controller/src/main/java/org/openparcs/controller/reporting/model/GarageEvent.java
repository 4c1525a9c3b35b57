package org.openparcs.controller.reporting.model;

import org.openparcs.controller.lane.access.model.RecordedDecision;
import org.openparcs.controller.lane.control.model.LaneException;
import org.openparcs.controller.lane.control.model.LaneModeChange;
import org.openparcs.controller.lane.gate.model.GateEvent;
import org.openparcs.controller.operator.model.PlateDataAccess;
import org.openparcs.controller.payment.model.Payment;
import org.openparcs.controller.plate.model.PlateCorrection;
import org.openparcs.controller.plate.model.PlateRead;
import org.openparcs.controller.reconciliation.model.FindingDisposition;
import org.openparcs.controller.reconciliation.model.ReconciliationRun;
import org.openparcs.controller.reconciliation.model.RecordedFinding;
import org.openparcs.controller.reconciliation.model.RevenueReport;
import org.openparcs.controller.session.model.ClosedSession;
import org.openparcs.controller.session.model.OpenSession;
import org.openparcs.controller.tariff.model.TariffVersion;

/** What the garage reports to the portal. Each is delivered once, in the order it happened. */
public sealed interface GarageEvent {

  /** The portal's name of this event type. */
  String type();

  /** Exhaustive handling of every event (Java 17 has no pattern switch). */
  <T> T accept(Visitor<T> visitor);

  /** One method per event type: adding a type breaks every visitor until it handles it. */
  interface Visitor<T> {
    T plateRead(PlateReadRecorded e);

    T accessDecided(AccessDecided e);

    T gateEvent(GateEventRecorded e);

    T sessionOpened(SessionOpened e);

    T sessionClosed(SessionClosed e);

    T laneException(LaneExceptionRaised e);

    T laneModeChanged(LaneModeChanged e);

    T tariffPublished(TariffPublished e);

    T paymentRecorded(PaymentRecorded e);

    T findingRaised(FindingRaised e);

    T findingDisposed(FindingDisposed e);

    T reconciliationCompleted(ReconciliationCompleted e);

    T revenueReported(RevenueReported e);

    T plateCorrected(PlateCorrected e);

    T plateDataAccessed(PlateDataAccessed e);
  }

  record PlateReadRecorded(PlateRead read) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.plateRead(this);
    }

    @Override
    public String type() {
      return "plate_read";
    }
  }

  record AccessDecided(RecordedDecision decision) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.accessDecided(this);
    }

    @Override
    public String type() {
      return "access_decision";
    }
  }

  record GateEventRecorded(GateEvent event) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.gateEvent(this);
    }

    @Override
    public String type() {
      return "gate_event";
    }
  }

  record SessionOpened(OpenSession session) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.sessionOpened(this);
    }

    @Override
    public String type() {
      return "session_opened";
    }
  }

  record SessionClosed(ClosedSession session) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.sessionClosed(this);
    }

    @Override
    public String type() {
      return "session_closed";
    }
  }

  /** Something at a lane an operator must look at. */
  record LaneExceptionRaised(LaneException exception) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.laneException(this);
    }

    @Override
    public String type() {
      return "lane_exception";
    }
  }

  /** An operator set a lane's mode (who, when, why). */
  record LaneModeChanged(LaneModeChange change) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.laneModeChanged(this);
    }

    @Override
    public String type() {
      return "lane_mode_changed";
    }
  }

  record TariffPublished(TariffVersion version) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.tariffPublished(this);
    }

    @Override
    public String type() {
      return "tariff_published";
    }
  }

  /** A payment, void or refund (type payment_recorded, payment_voided, payment_refunded). */
  record PaymentRecorded(Payment payment) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.paymentRecorded(this);
    }

    @Override
    public String type() {
      return payment.eventType();
    }
  }

  record FindingRaised(RecordedFinding finding) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.findingRaised(this);
    }

    @Override
    public String type() {
      return "reconciliation_finding";
    }
  }

  record FindingDisposed(FindingDisposition disposition) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.findingDisposed(this);
    }

    @Override
    public String type() {
      return "finding_disposition";
    }
  }

  record ReconciliationCompleted(ReconciliationRun run) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.reconciliationCompleted(this);
    }

    @Override
    public String type() {
      return "reconciliation_run";
    }
  }

  /** The revenue report of a period, for the portal's revenue pages. */
  record RevenueReported(RevenueReport report) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.revenueReported(this);
    }

    @Override
    public String type() {
      return "revenue_report";
    }
  }

  /** An operator corrected a read (POLICY K3); the portal's accuracy report counts these (K4). */
  record PlateCorrected(PlateCorrection correction) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.plateCorrected(this);
    }

    @Override
    public String type() {
      return "plate_correction";
    }
  }

  /** Someone saw plate data at this garage (POLICY T1); the portal keeps it in its audit trail. */
  record PlateDataAccessed(PlateDataAccess access) implements GarageEvent {
    @Override
    public <T> T accept(Visitor<T> visitor) {
      return visitor.plateDataAccessed(this);
    }

    @Override
    public String type() {
      return "plate_data_access";
    }
  }
}
