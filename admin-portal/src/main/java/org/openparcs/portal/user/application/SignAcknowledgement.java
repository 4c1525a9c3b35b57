package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.Acknowledgement;

/**
 * A user signs the ALPR acknowledgement (POLICY A4; the four statements of the Sacramento form):
 * all four must be affirmed, and the signature is the user's typed full name. Kept with its date.
 */
public final class SignAcknowledgement {

  private final TrainingRecords records;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final ZoneId zone;

  public SignAcknowledgement(
      TrainingRecords records,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      ZoneId zone) {
    this.records = records;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * @param affirmed the statements the user ticked, by index in {@link Acknowledgement#STATEMENTS}
   * @param signature the user's full name as typed
   * @return what is wrong; empty when signed
   */
  public String sign(Actor actor, List<Integer> affirmed, String signature) {
    if (affirmed == null
        || !affirmed.containsAll(List.of(0, 1, 2, 3))
        || signature == null
        || signature.isBlank()
        || signature.length() > 200) {
      return "tick all four statements and type your full name to sign";
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    String detail = "signed by " + signature.strip() + "; " + Acknowledgement.VERSION;
    unitOfWork.inTransaction(
        () -> {
          records.add(
              new TrainingRecords.Entry(
                  actor.userId(),
                  TrainingRecords.Kind.ACKNOWLEDGEMENT,
                  today,
                  clock.instant(),
                  actor.username(),
                  detail));
          return null;
        });
    audit.record(actor.audited(clock.instant(), AuditAction.ACKNOWLEDGEMENT_SIGNED, detail));
    return "";
  }
}
