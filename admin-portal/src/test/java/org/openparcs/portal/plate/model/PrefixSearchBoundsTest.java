package org.openparcs.portal.plate.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.fakes.Actors;
import org.openparcs.portal.fakes.Purposes;
import org.openparcs.portal.user.model.Role;

/**
 * POLICY K1: plates are sealed at rest, so a prefix search opens the reads of its period; it must
 * name a period of at most {@value AlprAccessPolicy#PREFIX_MAX_DAYS} days. Exact searches use the
 * lookup hash and need no period.
 */
class PrefixSearchBoundsTest {

  private static final Instant FROM = Instant.parse("2026-11-01T00:00:00Z");

  private final AlprAccessPolicy policy = new AlprAccessPolicy(Purposes.LIST, Purposes.PROHIBITED);

  private AlprRuling rule(String plate, Instant from, Instant to) {
    return policy.rule(
        Actors.of(Role.COORDINATOR, Actors.TRAINED),
        new PlateQuery(plate, null, from, to, "parking-enforcement", null, null),
        true);
  }

  @Test
  void refusesAPrefixSearchWithoutAPeriodK1() {
    AlprRuling r = rule("7AB*", null, null);

    assertThat(r).isInstanceOf(AlprRuling.Refused.class);
    assertThat(((AlprRuling.Refused) r).message()).contains("prefix", "31 days");
  }

  @Test
  void refusesAPrefixSearchOverMoreThanAMonthK1() {
    assertThat(rule("7AB*", FROM, FROM.plus(Duration.ofDays(32))))
        .isInstanceOf(AlprRuling.Refused.class);
  }

  @Test
  void allowsAPrefixSearchWithinAMonthK1() {
    assertThat(rule("7AB*", FROM, FROM.plus(Duration.ofDays(31))))
        .isEqualTo(new AlprRuling.Allowed(Purposes.LIST.get(0), "7AB", true));
  }

  @Test
  void allowsAnExactSearchWithoutAPeriod() {
    assertThat(rule("7ABC123", null, null)).isInstanceOf(AlprRuling.Allowed.class);
  }
}
