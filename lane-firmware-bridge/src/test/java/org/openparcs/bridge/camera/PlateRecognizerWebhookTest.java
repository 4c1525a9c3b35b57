package org.openparcs.bridge.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.CameraPushes;

class PlateRecognizerWebhookTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void takesTheBestScoringResultWithItsBoxAndRegion() throws Exception {
    CameraPush push =
        PlateRecognizerWebhook.parseJson(
            utf8(
                CameraPushes.plateRecognizerJson(
                    "cam-1", "7ABC123", 0.91, Instant.parse("2026-11-22T20:18:43.123456Z"))));
    assertThat(push.plate()).isEqualTo("7ABC123");
    assertThat(push.confidence()).isEqualTo(0.91);
    assertThat(push.cameraId()).isEqualTo("cam-1");
    assertThat(push.region()).isEqualTo("us-ca");
    assertThat(push.box()).isEqualTo(new CameraPush.Box(143, 481, 139, 94));
    assertThat(push.capturedAt()).isEqualTo(Instant.parse("2026-11-22T20:18:43.123456Z"));
    assertThat(push.images()).isEmpty();
  }

  @Test
  void noResultIsAVehicleWithoutARead() throws Exception {
    CameraPush push =
        PlateRecognizerWebhook.parseJson(
            utf8(
                "{\"data\":{\"camera_id\":\"c\",\"timestamp\":\"2026-11-22T20:18:43Z\",\"results\":[]}}"));
    assertThat(push.hasPlate()).isFalse();
  }

  @Test
  void readsTheMultipartFormWithItsPicture() throws Exception {
    byte[] body =
        CameraPushes.multipart(
            new Object[] {
              "json",
              null,
              "application/json",
              CameraPushes.plateRecognizerJson("c", "8XYZ789", 0.8)
            },
            new Object[] {
              "upload", "car.jpg", "image/jpeg", CameraPushes.jpeg("8XYZ789", 320, 200)
            });
    CameraPush push = PlateRecognizerWebhook.parseMultipart(CameraPushes.MULTIPART, body);
    assertThat(push.plate()).isEqualTo("8XYZ789");
    assertThat(push.images()).singleElement().satisfies(i -> assertThat(i.width()).isEqualTo(320));
  }

  @Test
  void refusesBrokenJsonTrailingJunkAndDeepNesting() {
    assertKind("{\"data\":", CameraPushException.Kind.MALFORMED);
    assertKind("{\"data\":{}} {\"more\":1}", CameraPushException.Kind.MALFORMED);
    assertKind("[1,2]", CameraPushException.Kind.MALFORMED);
    assertKind("[".repeat(5000) + "]".repeat(5000), CameraPushException.Kind.MALFORMED);
    assertKind(
        "{\"data\":{\"timestamp\":\"" + "9".repeat(100_000) + "\"}}",
        CameraPushException.Kind.MALFORMED);
  }

  @Test
  void refusesMissingOrImpossibleFields() {
    assertKind("{\"nodata\":1}", CameraPushException.Kind.INVALID);
    assertKind(
        "{\"data\":{\"timestamp\":\"yesterday\",\"results\":[]}}",
        CameraPushException.Kind.INVALID);
    assertKind(
        CameraPushes.plateRecognizerJson("c", "7ABC123", 0.9)
            .replace("\"score\":0.9,", "\"score\":7,"),
        CameraPushException.Kind.INVALID);
  }

  @Test
  void refusesAnUploadThatIsNotAPicture() {
    byte[] body =
        CameraPushes.multipart(
            new Object[] {
              "json",
              null,
              "application/json",
              CameraPushes.plateRecognizerJson("c", "8XYZ789", 0.8)
            },
            new Object[] {"upload", "car.jpg", "image/jpeg", utf8("<html>not a picture</html>")});
    assertThatThrownBy(() -> PlateRecognizerWebhook.parseMultipart(CameraPushes.MULTIPART, body))
        .hasMessageContaining("'upload' is not a JPEG image");
  }

  private static void assertKind(String json, CameraPushException.Kind kind) {
    assertThatThrownBy(() -> PlateRecognizerWebhook.parseJson(utf8(json)))
        .isInstanceOf(CameraPushException.class)
        .satisfies(e -> assertThat(((CameraPushException) e).kind()).isEqualTo(kind));
  }
}
