package org.openparcs.portal.console.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openparcs.portal.console.model.ConsoleAction.InvalidConsoleAction;

/** The console's actions are checked at the portal before anything goes to the garage. */
class ConsoleActionTest {

  private static final String X = "0190a6f2-6b1c-7c3e-9d7e-2a1b3c4d5e6f";

  @Test
  void aCorrectionGoesToTheGaragesCorrectionsWithThePlateInCapitals() {
    ConsoleAction a = new ConsoleAction.CorrectPlate(X, null, " 4wxy375 ", " read from image ");

    assertThat(a.path()).isEqualTo("/api/reads/corrections");
    assertThat(a.body())
        .isEqualTo(Map.of("exceptionId", X, "plate", "4WXY375", "reason", "read from image"));
    assertThat(a.describe()).doesNotContain("4WXY375");
    assertThat(a.plate()).isEqualTo("4WXY375");
  }

  @Test
  void everyActionNeedsAReasonWithoutMarkup() {
    assertThatThrownBy(() -> new ConsoleAction.Vend("entry-1", "7ABC123", "  "))
        .isInstanceOf(InvalidConsoleAction.class)
        .hasMessage("a reason is required");
    assertThatThrownBy(() -> new ConsoleAction.SetLaneMode("entry-1", "LOCKED_CLOSED", "<b>x</b>"))
        .isInstanceOf(InvalidConsoleAction.class);
    assertThatThrownBy(() -> new ConsoleAction.LostTicket(X, "x".repeat(501)))
        .isInstanceOf(InvalidConsoleAction.class);
  }

  @Test
  void refusesAnUnknownModeAMalformedPlateLaneOrId() {
    assertThatThrownBy(() -> new ConsoleAction.SetLaneMode("entry-1", "OPEN_FOREVER", "why"))
        .isInstanceOf(InvalidConsoleAction.class);
    assertThatThrownBy(() -> new ConsoleAction.Vend("entry-1", "7ABC<123", "why"))
        .isInstanceOf(InvalidConsoleAction.class);
    assertThatThrownBy(() -> new ConsoleAction.Vend("../admin", "7ABC123", "why"))
        .isInstanceOf(InvalidConsoleAction.class);
    assertThatThrownBy(() -> new ConsoleAction.MatchEntry("not-an-id", X, "why"))
        .isInstanceOf(InvalidConsoleAction.class);
    assertThatThrownBy(() -> new ConsoleAction.CorrectPlate(X, X, "7ABC123", "why"))
        .isInstanceOf(InvalidConsoleAction.class);
  }

  @Test
  void aLaneModeAndAVendGoToTheirLane() {
    assertThat(new ConsoleAction.SetLaneMode("exit-1", "HELD_OPEN", "event").path())
        .isEqualTo("/api/lanes/exit-1/mode");
    assertThat(new ConsoleAction.Vend("exit-1", "7ABC123", "permit checked").body())
        .isEqualTo(Map.of("plate", "7ABC123", "reason", "permit checked"));
  }
}
