package org.openparcs.portal.protection.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;

/** POLICY K1: a received event's plates leave its payload and come back only when opened. */
class EventPlatesTest {

  private final PlateKeys keys = PlateKeys.generate("d1", "l1");
  private final PlateLookup lookup = new PlateLookup(keys);
  private final EventPlates plates =
      new EventPlates(JsonMapper.createDefault(), new PlateCipher(keys), lookup);

  @Test
  void everyPlateFieldLeavesThePayloadK1() {
    EventPlates.Split split =
        plates.split(
            "{\"plate\":\"7abc123 \",\"matchedPlate\":\"7ABC128\",\"plates\":[\"X1\",\"X2\"],"
                + "\"lane\":\"entry-1\",\"amountMinor\":900}");

    assertThat(split.payload())
        .contains("entry-1", "900")
        .doesNotContain("7abc123", "7ABC128", "X1", "plate");
    assertThat(split.hash()).as("normalised like a search").isEqualTo(lookup.hash("7ABC123"));
    assertThat(plates.fields(split.sealed()))
        .containsEntry("plate", "7abc123 ")
        .containsEntry("matchedPlate", "7ABC128")
        .containsEntry("plates", List.of("X1", "X2"));
  }

  @Test
  void joinPutsThePlatesBackForReadersThatShowThem() {
    EventPlates.Split split = plates.split("{\"findingId\":\"f1\",\"plates\":[\"X1\"]}");

    assertThat(plates.join(split.payload(), split.sealed()))
        .contains("\"findingId\":\"f1\"", "\"plates\":[\"X1\"]");
  }

  @Test
  void aCorrectionIsFoundByItsCorrectedText() {
    EventPlates.Split split =
        plates.split("{\"originalText\":\"8ABC123\",\"correctedText\":\"7ABC123\"}");

    assertThat(split.hash()).isEqualTo(lookup.hash("7ABC123"));
  }

  @Test
  void anEventWithoutPlatesIsStoredAsSent() {
    String gate = "{\"lane\":\"entry-1\",\"type\":\"ARM_UP\"}";
    EventPlates.Split split = plates.split(gate);

    assertThat(split.payload()).isEqualTo(gate);
    assertThat(split.sealed()).isNull();
    assertThat(split.hash()).isNull();
  }

  @Test
  void theBatchReadersTreeSplitsAsTheTextDoesWithoutASecondParseK1() throws Exception {
    JsonMapper json = JsonMapper.createDefault();
    for (String payload :
        List.of(
            "{\"plate\":\"7abc123 \",\"matchedPlate\":\"7ABC128\",\"plates\":[\"X1\",\"X2\"],"
                + "\"lane\":\"entry-1\",\"amountMinor\":900,\"nested\":{\"a\":[1,2]}}",
            "{\"originalText\":\"8ABC123\",\"correctedText\":\"7ABC123\"}",
            "{\"lane\":\"entry-1\",\"type\":\"ARM_UP\"}")) {
      EventPlates.Split fromText = plates.split(payload);
      EventPlates.Split fromTree =
          plates.split(json.readValue(payload, io.micronaut.json.tree.JsonNode.class));

      assertThat(json.readValue(fromTree.payload(), java.util.Map.class))
          .isEqualTo(json.readValue(fromText.payload(), java.util.Map.class));
      assertThat(fromTree.hash()).isEqualTo(fromText.hash());
      assertThat(plates.fields(fromTree.sealed())).isEqualTo(plates.fields(fromText.sealed()));
    }
  }
}
