package org.openparcs.controller.lane.access.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/** Exact first, then one confusable character where the reader was unsure, never a tie. */
class MatchingAReadToPermitsTest {

  private final PlateMatcher matcher = new PlateMatcher(PlateComparison.FOLDED, 0.75);

  private static List<Double> sure(String plate) {
    return Collections.nCopies(plate.length(), 0.99);
  }

  private static List<Double> unsureAt(String plate, int position) {
    List<Double> c = new java.util.ArrayList<>(sure(plate));
    c.set(position, 0.4);
    return c;
  }

  private static List<PlateText> plates(String... p) {
    return java.util.Arrays.stream(p).map(PlateText::of).toList();
  }

  @Test
  void anExactReadMatchesItsPermit() {
    PlateMatch m = matcher.match(PlateText.of("7ABC123"), sure("7ABC123"), plates("7ABC123"));
    assertThat(m.kind()).isEqualTo(MatchKind.EXACT);
    assertThat(m.matched()).contains(PlateText.of("7ABC123"));
  }

  @Test
  void theLetterOAndTheDigitZeroAreOnePlate() {
    PlateMatch m = matcher.match(PlateText.of("7OBC123"), sure("7OBC123"), plates("70BC123"));
    assertThat(m.kind()).isEqualTo(MatchKind.FOLDED);
  }

  @Test
  void anUnsureConfusableCharacterIsSubstitutedOnce() {
    PlateMatch m =
        matcher.match(PlateText.of("7A8C123"), unsureAt("7A8C123", 2), plates("7ABC123"));
    assertThat(m.kind()).isEqualTo(MatchKind.CONFUSABLE);
    assertThat(m.matched()).contains(PlateText.of("7ABC123"));
    assertThat(m.detail()).isEqualTo("8->B at 2");
  }

  @Test
  void aSureCharacterIsWhatThePlateShows() {
    PlateMatch m = matcher.match(PlateText.of("7A8C123"), sure("7A8C123"), plates("7ABC123"));
    assertThat(m.kind()).isEqualTo(MatchKind.NONE);
  }

  @Test
  void twoSubstitutionsAreAnotherPlate() {
    List<Double> unsure = Collections.nCopies(7, 0.3);
    PlateMatch m = matcher.match(PlateText.of("7A8C12Z"), unsure, plates("7ABC122"));
    assertThat(m.kind()).isEqualTo(MatchKind.NONE);
  }

  @Test
  void aCharacterThatIsNotConfusableIsNeverSubstituted() {
    PlateMatch m =
        matcher.match(PlateText.of("7AXC123"), unsureAt("7AXC123", 2), plates("7ABC123"));
    assertThat(m.kind()).isEqualTo(MatchKind.NONE);
  }

  @Test
  void twoPermitsEquallyCloseAreNeverAMatch() {
    PlateMatch m =
        matcher.match(
            PlateText.of("5D8123"), Collections.nCopies(6, 0.3), plates("5DB123", "5Q8123"));
    assertThat(m.kind()).isEqualTo(MatchKind.AMBIGUOUS);
    assertThat(m.matched()).isEmpty();
    assertThat(m.tied()).hasSize(2);
  }

  @Test
  void theCandidatesToLookUpAreTheReadAndItsUnsureSubstitutions() {
    assertThat(
            matcher.candidateKeys(
                PlateText.of("8ABC12"), List.of(0.4, 0.99, 0.99, 0.99, 0.99, 0.99)))
        .containsExactlyInAnyOrder("8ABC12", "BABC12");
  }
}
