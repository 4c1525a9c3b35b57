package org.openparcs.portal.user.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.openparcs.portal.access.model.Actor;
import org.openparcs.portal.access.model.Permission;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.audit.model.AuditAction;
import org.openparcs.portal.common.application.UnitOfWork;

/**
 * A coordinator records that a user completed ALPR training on a day (POLICY A4; SAC 7: the
 * coordinator ensures training and keeps the record). Records are added, never replaced.
 */
public final class RecordTraining {

  private final PortalUsers users;
  private final TrainingRecords records;
  private final RecordAuditEntry audit;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final ZoneId zone;

  public RecordTraining(
      PortalUsers users,
      TrainingRecords records,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      ZoneId zone) {
    this.users = users;
    this.records = records;
    this.audit = audit;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.zone = zone;
  }

  /** Returns what is wrong; empty when recorded. */
  public String record(Actor actor, long userId, LocalDate completedOn, String course) {
    actor.require(Permission.MANAGE_USERS);
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    if (completedOn == null || completedOn.isAfter(today)) {
      return "the training date is missing or in the future";
    }
    String detail = course == null || course.isBlank() ? "ALPR training" : course.strip();
    if (detail.length() > 500) {
      return "the course name has at most 500 characters";
    }
    boolean recorded =
        unitOfWork.inTransaction(
            () -> {
              if (users.findById(userId).isEmpty()) {
                return false;
              }
              records.add(
                  new TrainingRecords.Entry(
                      userId,
                      TrainingRecords.Kind.TRAINING,
                      completedOn,
                      clock.instant(),
                      actor.username(),
                      detail));
              return true;
            });
    if (!recorded) {
      return "no such user";
    }
    audit.record(
        actor.audited(
            clock.instant(),
            AuditAction.TRAINING_RECORDED,
            "user #" + userId + " trained on " + completedOn + ": " + detail));
    return "";
  }
}
