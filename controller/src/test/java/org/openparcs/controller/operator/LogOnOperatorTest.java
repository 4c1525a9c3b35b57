package org.openparcs.controller.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.operator.application.LogOnOperator;
import org.openparcs.controller.operator.application.OperatorSessions;
import org.openparcs.controller.operator.application.PortalOperatorLogons;
import org.openparcs.controller.operator.model.Credentials;
import org.openparcs.controller.operator.model.OperatorIdentity;
import org.openparcs.controller.operator.model.SessionTokens;

/** Console log-on and sessions at the garage, with the portal's answers written by hand. */
class LogOnOperatorTest {

  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** The portal as a list of answers, remembering what it was asked. */
  static final class ScriptedPortal implements PortalOperatorLogons {
    final List<Credentials> asked = new ArrayList<>();
    Answer next;

    @Override
    public Answer logOn(Credentials credentials, String ip) {
      asked.add(credentials);
      return next;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final InMemoryStoredSessions stored = new InMemoryStoredSessions();
  private final ScriptedPortal portal = new ScriptedPortal();
  private final OperatorSessions sessions = new OperatorSessions(clock, stored);
  private final LogOnOperator logOn =
      new LogOnOperator(
          portal,
          sessions,
          new org.openparcs.controller.operator.model.ViewPurposes(
              org.openparcs.policy.catalog.ProfileCatalog.standard().find("SJ-PARK").get(),
              java.util.List.of()));

  private static OperatorIdentity ana(Duration shift) {
    return new OperatorIdentity(
        "ana.ops",
        "Parking",
        UUID.randomUUID(),
        T0.plus(shift),
        "g1",
        java.util.Set.of("OPERATOR"));
  }

  @Test
  void opensASessionThatLastsAsLongAsThePortalsAssertion() {
    portal.next = new PortalOperatorLogons.Answer.Admitted(ana(Duration.ofHours(8)));

    LogOnOperator.Result r =
        logOn.logOn(new Credentials("ana.ops", "pw", "123456"), "garage-access", "10.0.0.9");

    assertThat(r).isInstanceOf(LogOnOperator.Result.Opened.class);
    String id = ((LogOnOperator.Result.Opened) r).session().id();
    clock.now = T0.plus(Duration.ofHours(8)).minusSeconds(1);
    assertThat(sessions.find(id)).isPresent();
    clock.now = T0.plus(Duration.ofHours(8));
    assertThat(sessions.find(id)).as("expired with its assertion").isEmpty();
  }

  @Test
  void keepsThePurposeTheOperatorChoseAmongThoseOfTheirRolesPolicyT1() {
    portal.next = new PortalOperatorLogons.Answer.Admitted(ana(Duration.ofHours(8)));

    LogOnOperator.Result r =
        logOn.logOn(
            new Credentials("ana.ops", "pw", "123456"), "Enforcement of parking rules", "10.0.0.9");

    String id = ((LogOnOperator.Result.Opened) r).session().id();
    assertThat(sessions.find(id).orElseThrow().purpose()).isEqualTo("parking-enforcement");
  }

  @Test
  void refusesALogOnWithoutAPurposeOrWithOneNotGivenToOperatorsPolicyU1() {
    portal.next = new PortalOperatorLogons.Answer.Admitted(ana(Duration.ofHours(8)));

    LogOnOperator.Result none =
        logOn.logOn(new Credentials("ana.ops", "pw", "123456"), " ", "10.0.0.9");
    LogOnOperator.Result auditOnly =
        logOn.logOn(new Credentials("ana.ops", "pw", "123456"), "transaction-audit", "10.0.0.9");

    assertThat(((LogOnOperator.Result.Refused) none).badInput()).isTrue();
    assertThat(portal.asked).as("no purpose: the portal is not asked").hasSize(1);
    assertThat(((LogOnOperator.Result.Refused) auditOnly).message())
        .contains("purpose", "U1", "garage-access");
    assertThat(stored.byHash).as("no session opened").isEmpty();
  }

  @Test
  void refusesCredentialsThatCannotBeCredentialsWithoutAskingThePortal() {
    LogOnOperator.Result r =
        logOn.logOn(new Credentials("<script>", "pw", "123456"), "garage-access", "10.0.0.9");

    assertThat(r).isInstanceOf(LogOnOperator.Result.Refused.class);
    assertThat(((LogOnOperator.Result.Refused) r).badInput()).isTrue();
    assertThat(portal.asked).isEmpty();
  }

  @Test
  void refusesNewLogOnsWhileThePortalIsAwayButKeepsOpenSessions() {
    portal.next = new PortalOperatorLogons.Answer.Admitted(ana(Duration.ofHours(1)));
    String open =
        ((LogOnOperator.Result.Opened)
                logOn.logOn(
                    new Credentials("ana.ops", "pw", "123456"), "garage-access", "10.0.0.9"))
            .session()
            .id();
    portal.next = new PortalOperatorLogons.Answer.Unavailable("no answer from the portal");

    LogOnOperator.Result r =
        logOn.logOn(new Credentials("bo.ops", "pw", "654321"), "garage-access", "10.0.0.8");

    assertThat(((LogOnOperator.Result.Refused) r).portalAway()).isTrue();
    assertThat(((LogOnOperator.Result.Refused) r).message())
        .contains("cannot be reached", "sessions already open keep working");
    assertThat(sessions.find(open)).isPresent();
  }

  @Test
  void passesThePortalsRefusalOnAndLogsOffOnRequest() {
    portal.next = new PortalOperatorLogons.Answer.Refused("not a garage operator of garage g1");
    LogOnOperator.Result refused =
        logOn.logOn(new Credentials("ana.ops", "pw", "123456"), "garage-access", "10.0.0.9");
    portal.next = new PortalOperatorLogons.Answer.Admitted(ana(Duration.ofHours(1)));
    String id =
        ((LogOnOperator.Result.Opened)
                logOn.logOn(
                    new Credentials("ana.ops", "pw", "123456"), "garage-access", "10.0.0.9"))
            .session()
            .id();

    sessions.close(id);

    assertThat(((LogOnOperator.Result.Refused) refused).message())
        .contains("not a garage operator");
    assertThat(sessions.find(id)).isEmpty();
  }

  @Test
  void keepsOnlyTheHashOfTheTokenAndFindsTheSessionAgainAfterARestart() {
    portal.next = new PortalOperatorLogons.Answer.Admitted(ana(Duration.ofHours(8)));
    var session =
        ((LogOnOperator.Result.Opened)
                logOn.logOn(
                    new Credentials("ana.ops", "pw", "123456"), "garage-access", "10.0.0.9"))
            .session();

    OperatorSessions afterRestart = new OperatorSessions(clock, stored);

    assertThat(stored.byHash.keySet())
        .containsExactly(java.nio.ByteBuffer.wrap(SessionTokens.hash(session.id())));
    assertThat(SessionTokens.hash(session.id()))
        .isNotEqualTo(session.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    var found = afterRestart.find(session.id()).orElseThrow();
    assertThat(found.csrfToken()).isEqualTo(session.csrfToken()).isNotEqualTo(session.id());
    assertThat(found.operator()).isEqualTo(session.operator());
    assertThat(afterRestart.find(session.id() + "x")).isEmpty();
  }

  @Test
  void admitsAnOperatorOnlyAtTheGarageOfTheAssertionPolicyA5() {
    OperatorIdentity ana = ana(Duration.ofHours(1));
    OperatorIdentity auditor =
        new OperatorIdentity(
            "rita",
            "Finance",
            UUID.randomUUID(),
            T0.plusSeconds(60),
            "g1",
            java.util.Set.of("REVENUE_AUDITOR"));

    assertThat(ana.refusalAt("g1")).isEmpty();
    assertThat(ana.refusalAt("g2")).get().asString().contains("garage g1");
    assertThat(auditor.refusalAt("g1")).get().asString().contains("OPERATOR");
  }
}
