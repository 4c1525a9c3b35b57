package org.openparcs.plate.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openparcs.plate.PlateText;
import org.openparcs.plate.rank.PlateFormats;
import org.openparcs.plate.rank.PlateSyntax;

/**
 * The alternative texts of a region's readings, votes summed per folded text. Each vote is weighted
 * by the text's plausibility as a plate; the site's plate formats then weigh some texts more, and a
 * text passes part of its vote (the formats' confusion prior, shared among them) to the texts of a
 * listed format one confusable character away. What the formats add is kept apart from the evidence
 * of the readings themselves, so that a text the formats put first is not reported more confident
 * than the readings make it.
 */
final class TextVote {

  private final PlateFormats formats;
  private final Map<String, Double> votes = new HashMap<>();
  private final Map<String, Double> evidence = new HashMap<>();
  private final Map<String, String> shown = new HashMap<>();

  TextVote(PlateFormats formats) {
    this.formats = formats;
  }

  /** Adds one reading's text with its vote (the reading's weight times the text's score). */
  void add(String text, double vote) {
    double support = vote * PlateSyntax.plausibility(text);
    evidence.merge(PlateText.folded(text), support, Double::sum);
    put(text, support);
    // The prior's share is split among the texts a confusion may stand for (an L may be a 4 or a
    // 1). It is the formats' doing, not the readings': a vote, never evidence.
    List<String> near = formats.confusedWith(text);
    for (String other : near) {
      put(other, vote * formats.confusionPrior() / near.size() * PlateSyntax.plausibility(other));
    }
  }

  private void put(String text, double support) {
    String key = PlateText.folded(text);
    votes.merge(key, support * formats.factor(text), Double::sum);
    shown.putIfAbsent(key, text);
  }

  /** Up to {@code limit} texts, most votes first, each scored by its share of all votes. */
  List<PlateText> ranked(int limit) {
    double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
    return votes.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .limit(limit)
        .map(e -> new PlateText(shown.get(e.getKey()), Math.min(1, e.getValue() / total)))
        .toList();
  }

  /**
   * The evidence of {@code text} from the readings alone (no format weight, nothing passed on by a
   * confusion) over that of the text with the most: 1 when the formats did not change the winner,
   * less when they did.
   */
  double evidenceShare(String text) {
    double most = evidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double own = evidence.getOrDefault(PlateText.folded(text), 0.0);
    return most <= 0 ? 0 : Math.min(1, own / most);
  }
}
