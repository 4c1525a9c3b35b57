package org.openparcs.controller.lane.access.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;

/** No plate match at exit: the inventory's entries one confusable character away, never a pick. */
class EntryCandidatesTest {

  private final EntryCandidates candidates = new EntryCandidates(PlateComparison.FOLDED);

  private static List<PlateText> plates(String... p) {
    return Arrays.stream(p).map(PlateText::of).toList();
  }

  private List<PlateText> closest(String read, String... open) {
    return candidates.closest(PlateText.of(read), plates(open), Function.identity());
  }

  @Test
  void anEntryOneConfusableCharacterAwayIsTheCandidate() {
    assertThat(closest("7A8C123", "7ABC123", "5XYZ999")).containsExactly(PlateText.of("7ABC123"));
  }

  @Test
  void twoEntriesEquallyCloseAreBothListedNeverOnePicked() {
    assertThat(closest("7A8C123", "7ABC123", "7A8C1Z3", "9ABC123"))
        .containsExactly(PlateText.of("7ABC123"), PlateText.of("7A8C1Z3"));
  }

  @Test
  void theSamePlateAsComparedIsCloserThanASubstitution() {
    assertThat(closest("7O8C123", "708C123", "7ABC123")).containsExactly(PlateText.of("708C123"));
  }

  @Test
  void aCharacterThatIsNotConfusableOrTwoSubstitutionsFindNothing() {
    assertThat(closest("7A8C123", "7AXC123", "7ABC12Z")).isEmpty();
  }

  @Test
  void theLookupKeysCoverEverySingleConfusableSubstitution() {
    List<String> keys = candidates.lookupKeys(PlateText.of("7A8C123"));
    assertThat(keys).startsWith("7A8C123").contains("7ABC123", "7A8C1Z3", "7A8CL23");
    assertThat(keys).doesNotHaveDuplicates();
  }
}
