package org.openparcs.plate.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openparcs.plate.rank.PlateFormats;

/**
 * The plate formats may put a text first, but its evidence share (which scales the reported
 * confidence) then falls below 1: a format never makes a read look surer than its readings are.
 */
class TextVoteTest {

  @Test
  void aTextFirstOnItsReadingsKeepsItsWholeEvidence() {
    TextVote vote = new TextVote(PlateFormats.CALIFORNIA.withConfusionPrior(0.5));
    vote.add("7AWV401", 0.6);
    vote.add("7AWVL01", 0.3);

    assertThat(vote.ranked(5).get(0).text()).isEqualTo("7AWV401");
    assertThat(vote.evidenceShare("7AWV401")).isEqualTo(1);
  }

  @Test
  void aTextFirstThroughItsFormatReportsLessEvidence() {
    TextVote vote = new TextVote(PlateFormats.CALIFORNIA.withWeight(2));
    vote.add("7AWVL01", 0.5);
    vote.add("7AWV401", 0.3);

    assertThat(vote.ranked(5).get(0).text()).isEqualTo("7AWV401");
    assertThat(vote.evidenceShare("7AWV401"))
        .isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aTextFirstOnlyThroughAConfusionReportsLessEvidence() {
    TextVote vote = new TextVote(PlateFormats.CALIFORNIA.withWeight(3).withConfusionPrior(0.5));
    vote.add("7AWVL01", 0.5);
    vote.add("7AWV401", 0.1);

    // 7AWV401's vote: 0.1 of its own and 0.125 from 7AWVL01 (half the prior's 0.25, the other half
    // to 7AWV101), weighed three times by the format; its evidence: its own 0.1 against 0.5.
    assertThat(vote.ranked(5).get(0).text()).isEqualTo("7AWV401");
    assertThat(vote.evidenceShare("7AWV401"))
        .isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aConfusionNeverRaisesTheEvidenceOfTheFormatText() {
    TextVote vote = new TextVote(PlateFormats.CALIFORNIA.withConfusionPrior(1));
    vote.add("6LKRL81", 0.5);
    vote.add("6LKR481", 0.4);

    assertThat(vote.ranked(5).get(0).text()).isEqualTo("6LKR481");
    assertThat(vote.evidenceShare("6LKR481"))
        .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void withoutFormatsTheVoteIsTheEvidence() {
    TextVote vote = new TextVote(PlateFormats.NONE);
    vote.add("7AWVL01", 0.5);
    vote.add("7AWV401", 0.3);

    assertThat(vote.ranked(5).get(0).text()).isEqualTo("7AWVL01");
    assertThat(vote.evidenceShare("7AWVL01")).isEqualTo(1);
  }
}
