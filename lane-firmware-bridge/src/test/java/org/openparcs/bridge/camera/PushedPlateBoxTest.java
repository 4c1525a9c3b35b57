package org.openparcs.bridge.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.CameraPushes;

/**
 * The plate's box as each push format carries it: Hikvision's {@code plateRect} (0..1000 of the
 * detection picture as ISAPI documents it, or its pixels as some firmware sends it) and Plate
 * Recognizer's {@code box} (pixels). A box that cannot be drawn is left out and the read stands.
 */
class PushedPlateBoxTest {

  private static final String GOOD_RECT =
      "<X>400</X><Y>600</Y><width>200</width><height>120</height>";

  @Test
  void hikvisionPlateRectIsScaledToTheDetectionPicture() throws Exception {
    CameraPush push =
        HikvisionAnpr.parse(CameraPushes.MULTIPART, CameraPushes.hikvision("7ABC123", 92));
    int[] drawn = CameraPushes.plateBox(640, 360);
    assertThat(push.box()).isEqualTo(new CameraPush.Box(drawn[0], drawn[1], drawn[2], drawn[3]));
    assertThat(push.box()).isEqualTo(new CameraPush.Box(256, 216, 128, 43));
  }

  @Test
  void hikvisionPlateRectInPixelsBeyondAThousandIsReadAsPixels() throws Exception {
    CameraPush push =
        HikvisionAnpr.parse(
            CameraPushes.MULTIPART, CameraPushes.hikvisionInPixels("7ABC123", 92, 1920, 1080));
    assertThat(push.box()).isEqualTo(new CameraPush.Box(768, 648, 384, 130));
  }

  @Test
  void hikvisionPlateRectThatFitsBothUnitsIsReadInTheUnitsThatGiveThePlatePicturesShape()
      throws Exception {
    CameraPush pixels =
        HikvisionAnpr.parse(
            CameraPushes.MULTIPART, CameraPushes.hikvisionInPixels("7ABC123", 92, 1280, 720));
    assertThat(pixels.box())
        .as("512,432,256,86 fits 0..1000 too, but per mille it would be a 5:1 strip")
        .isEqualTo(new CameraPush.Box(512, 432, 256, 86));

    CameraPush perMille =
        HikvisionAnpr.parse(CameraPushes.MULTIPART, hikvisionWithRect(GOOD_RECT, 1280, 720));
    assertThat(perMille.box())
        .as("400,600,200,120 fits 1280x720 pixels too, but then it is no plate's shape")
        .isEqualTo(new CameraPush.Box(512, 432, 256, 86));
  }

  @Test
  void aCamerasSettingDecidesTheUnitsAndNumbersThatDoNotFitThemGiveNoBox() throws Exception {
    byte[] pixelsPush = CameraPushes.hikvisionInPixels("7ABC123", 92, 1280, 720);
    assertThat(HikvisionAnpr.parse(CameraPushes.MULTIPART, pixelsPush, PlateRectUnits.PER_MILLE))
        .extracting(CameraPush::box)
        .isEqualTo(new CameraPush.Box(655, 311, 328, 62));
    CameraPush beyond =
        HikvisionAnpr.parse(
            CameraPushes.MULTIPART,
            CameraPushes.hikvisionInPixels("7ABC123", 92, 1920, 1080),
            PlateRectUnits.PER_MILLE);
    assertThat(beyond.plate()).isEqualTo("7ABC123");
    assertThat(beyond.box()).isNull();
    CameraPush perMilleAsPixels =
        HikvisionAnpr.parse(
            CameraPushes.MULTIPART, CameraPushes.hikvision("7ABC123", 92), PlateRectUnits.PIXELS);
    assertThat(perMilleAsPixels.plate()).isEqualTo("7ABC123");
    assertThat(perMilleAsPixels.box()).as("y 600 + 120 is below a 360-pixel picture").isNull();
  }

  @Test
  void hikvisionHostileRectanglesGiveNoBoxButKeepTheRead() throws Exception {
    String[] hostile = {
      "<X>-5</X><Y>600</Y><width>200</width><height>120</height>",
      "<X>900</X><Y>600</Y><width>200</width><height>120</height>",
      "<X>NaN</X><Y>600</Y><width>200</width><height>120</height>",
      "<X>400</X><Y>600</Y><width>99999999999999999999</width><height>120</height>",
      "<X>400</X><Y>600</Y><width>0</width><height>120</height>",
      "<X>four</X><Y>600</Y><width>200</width><height>120</height>",
      "<Y>600</Y><width>200</width><height>120</height>",
      "<X>Infinity</X><Y>600</Y><width>200</width><height>120</height>"
    };
    for (String rect : hostile) {
      for (PlateRectUnits units : PlateRectUnits.values()) {
        CameraPush push =
            HikvisionAnpr.parse(CameraPushes.MULTIPART, hikvisionWithRect(rect, true), units);
        assertThat(push.plate()).as(rect + " " + units).isEqualTo("7ABC123");
        assertThat(push.box()).as(rect + " " + units).isNull();
      }
    }
  }

  @Test
  void hikvisionRectWithoutTheDetectionPictureIsNoBox() throws Exception {
    CameraPush push =
        HikvisionAnpr.parse(CameraPushes.MULTIPART, hikvisionWithRect(GOOD_RECT, false));
    assertThat(push.plate()).isEqualTo("7ABC123");
    assertThat(push.box()).isNull();
  }

  @Test
  void plateRecognizerBoxIsInPixelsOfTheUpload() throws Exception {
    CameraPush push =
        PlateRecognizerWebhook.parseMultipart(
            CameraPushes.MULTIPART, CameraPushes.plateRecognizerMultipart("c", "8XYZ789", 0.9));
    assertThat(push.box()).isEqualTo(new CameraPush.Box(256, 216, 128, 43));
  }

  @Test
  void plateRecognizerHostileBoxesGiveNoBoxButKeepTheRead() throws Exception {
    String[] hostile = {
      "{\"xmin\":-10,\"ymin\":481,\"xmax\":282,\"ymax\":575}",
      "{\"xmin\":NaN,\"ymin\":481,\"xmax\":282,\"ymax\":575}",
      "{\"xmin\":143,\"ymin\":481,\"xmax\":Infinity,\"ymax\":575}",
      "{\"xmin\":143,\"ymin\":481,\"xmax\":1e300,\"ymax\":575}",
      "{\"xmin\":143,\"ymin\":481,\"xmax\":99999999999,\"ymax\":575}",
      "{\"xmin\":282,\"ymin\":481,\"xmax\":143,\"ymax\":575}",
      "{\"xmin\":\"143\",\"ymin\":481,\"xmax\":282,\"ymax\":575}",
      "{\"xmin\":143,\"ymin\":481}",
      "[1,2,3,4]"
    };
    for (String box : hostile) {
      String json =
          CameraPushes.plateRecognizerJson("c", "7ABC123", 0.9)
              .replace("{\"xmin\":143,\"ymin\":481,\"xmax\":282,\"ymax\":575}", box);
      CameraPush push = PlateRecognizerWebhook.parseJson(json.getBytes(StandardCharsets.UTF_8));
      assertThat(push.plate()).as(box).isEqualTo("7ABC123");
      assertThat(push.box()).as(box).isNull();
    }
  }

  @Test
  void plateRecognizerBoxOutsideItsUploadIsNoBox() throws Exception {
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
    assertThat(push.box()).isNull(); // ymax 575 is below a 200-pixel picture
  }

  private static byte[] hikvisionWithRect(String rect, boolean withScene) {
    return hikvisionWithRect(rect, withScene, 640, 360);
  }

  private static byte[] hikvisionWithRect(String rect, int width, int height) {
    return hikvisionWithRect(rect, true, width, height);
  }

  private static byte[] hikvisionWithRect(String rect, boolean withScene, int width, int height) {
    String xml =
        CameraPushes.anprXml("7ABC123", 92)
            .replaceAll("<plateRect>.*</plateRect>", "<plateRect>" + rect + "</plateRect>");
    Object[] xmlPart = {"anpr.xml", "anpr.xml", "text/xml", xml};
    Object[] plate = {
      "licensePlatePicture.jpg",
      "licensePlatePicture.jpg",
      "image/jpeg",
      CameraPushes.jpeg("7ABC123", 240, 60)
    };
    Object[] scene = {
      "detectionPicture.jpg",
      "detectionPicture.jpg",
      "image/jpeg",
      CameraPushes.scene("7ABC123", width, height)
    };
    return withScene
        ? CameraPushes.multipart(xmlPart, plate, scene)
        : CameraPushes.multipart(xmlPart, plate);
  }
}
