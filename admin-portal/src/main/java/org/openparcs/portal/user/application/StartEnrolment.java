package org.openparcs.portal.user.application;

import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.PortalUser;
import org.openparcs.portal.user.model.TotpEnrolment;

/**
 * Gives a user without a second factor a TOTP secret to enrol (POLICY A1), shown as a QR code and
 * as text. The same pending secret is shown until a code of it is proved.
 */
public final class StartEnrolment {

  /** The secret to enrol, the URI an authenticator reads, and its QR code as PNG. */
  public record Enrolment(String account, String secret, String otpauthUri) {
    @Override
    public String toString() {
      return "Enrolment[account=" + account + ", secret=****]";
    }
  }

  private final PortalUsers users;
  private final SecondFactor totp;
  private final UnitOfWork unitOfWork;

  public StartEnrolment(PortalUsers users, SecondFactor totp, UnitOfWork unitOfWork) {
    this.users = users;
    this.totp = totp;
    this.unitOfWork = unitOfWork;
  }

  public Enrolment start(long userId) {
    return unitOfWork.inTransaction(
        () -> {
          PortalUser user = users.findById(userId).orElseThrow();
          if (user.hasConfirmedSecondFactor()) {
            throw new IllegalStateException("the user has a second factor already");
          }
          String secret = user.secondFactor().map(TotpEnrolment::secret).orElseGet(totp::newSecret);
          if (user.secondFactor().isEmpty()) {
            users.startEnrolment(userId, secret);
          }
          String account = user.username().value();
          return new Enrolment(account, secret, totp.otpauthUri(account, secret));
        });
  }
}
