package org.openparcs.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.audit.application.AuditTrail;
import org.openparcs.portal.audit.model.AuditRecord;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.user.model.Role;

/**
 * Guessing passwords or codes over real HTTP (POLICY A3): five failures lock the account, the right
 * password and code are refused while it is locked, the lock ends after its time, and the form says
 * the same thing whatever the reason.
 */
@MicronautTest(transactional = false)
class BruteForceIT {

  @Inject EmbeddedServer server;
  @Inject TestClock clock;
  @Inject Accounts accounts;
  @Inject AuditTrail trail;
  @Inject UnitOfWork unitOfWork;

  @Test
  void fiveWrongGuessesLockTheAccountUntilTheLockOutEndsPolicyA3() {
    accounts.create("victim", "Parking", Role.OPERATOR, true, "G1");
    PortalHttp attacker = new PortalHttp(server.getURI());
    for (int i = 0; i < 4; i++) {
      attacker.logIn("victim", "guess-" + i);
    }
    attacker.logIn("victim", Accounts.PASSWORD);
    attacker.submitCode("000000");

    PortalHttp owner = new PortalHttp(server.getURI());
    assertThat(
            owner
                .logIn("victim", Accounts.PASSWORD, Accounts.SECRET, clock)
                .headers()
                .firstValue("Location"))
        .contains("/login?failed");
    assertThat(owner.get("/login?failed", "text/html").body())
        .contains("wrong username, password or code, or the account is locked or disabled");
    List<AuditRecord> all = unitOfWork.reading(() -> trail.readAll());
    assertThat(all.get(all.size() - 1).entry().detail()).isEqualTo("LOCKED_OUT");

    clock.advance(Duration.ofMinutes(16));
    PortalHttp later = new PortalHttp(server.getURI());
    assertThat(
            later
                .logIn("victim", Accounts.PASSWORD, Accounts.SECRET, clock)
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .as("the lock-out ended")
        .doesNotContain("failed");
  }
}
