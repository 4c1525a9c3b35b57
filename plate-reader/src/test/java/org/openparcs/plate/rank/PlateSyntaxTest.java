package org.openparcs.plate.rank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texture reads as one character repeated; plates rarely do. */
class PlateSyntaxTest {

  @Test
  void takesTextMostlyOfOneCharacterAsRepetitive() {
    assertThat(PlateSyntax.repetitive("JJ0JJJJ")).isTrue();
    assertThat(PlateSyntax.repetitive("SSSS6")).isTrue();
  }

  @Test
  void countsOAndZeroAsOneCharacter() {
    assertThat(PlateSyntax.repetitive("0O0AB")).isTrue();
    assertThat(PlateSyntax.repetitive("1I1AB")).isTrue();
  }

  @Test
  void doesNotTakeOrdinaryPlatesAsRepetitive() {
    assertThat(PlateSyntax.repetitive("0SG719")).isFalse();
    assertThat(PlateSyntax.repetitive("TNP222")).isFalse();
    assertThat(PlateSyntax.repetitive("")).isFalse();
  }
}
