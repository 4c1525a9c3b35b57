package org.openparcs.portal.user.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** POLICY A3: password complexity and change rules. */
class AccountRulesTest {

  private static final AccountRules RULES =
      new AccountRules(12, 3, Duration.ofDays(90), 5, Duration.ofMinutes(15), Duration.ofDays(90));
  private static final Username ALICE = new Username("alice");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void acceptsALongPasswordMixingThreeKinds() {
    assertThat(RULES.problemsWith(ALICE, "Garage-Gate-2026")).isEmpty();
  }

  @Test
  void refusesShortSimpleOrNameBearingPasswords() {
    assertThat(RULES.problemsWith(ALICE, "Sh0rt!")).anyMatch(p -> p.contains("12 characters"));
    assertThat(RULES.problemsWith(ALICE, "alllowercaseletters"))
        .anyMatch(p -> p.contains("at least 3 of"));
    assertThat(RULES.problemsWith(ALICE, "Alice-Password-1"))
        .contains("must not contain the username");
  }

  @Test
  void aPasswordOlderThanTheMaximumAgeOrTemporaryMustChange() {
    PortalUser fresh = user(T0);
    PortalUser temporary = user(null);

    assertThat(RULES.passwordExpired(fresh, T0.plus(Duration.ofDays(89)))).isFalse();
    assertThat(RULES.passwordExpired(fresh, T0.plus(Duration.ofDays(91)))).isTrue();
    assertThat(RULES.passwordExpired(temporary, T0)).isTrue();
  }

  private static PortalUser user(Instant changedAt) {
    return new PortalUser(
        1,
        ALICE,
        "Alice",
        null,
        true,
        new PasswordHash("x"),
        changedAt,
        0,
        null,
        Optional.empty(),
        T0,
        null,
        null,
        Set.of(Role.OPERATOR));
  }
}
