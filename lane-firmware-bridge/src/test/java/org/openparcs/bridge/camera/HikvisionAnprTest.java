package org.openparcs.bridge.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.openparcs.bridge.sim.CameraPushes;

class HikvisionAnprTest {

  @Test
  void readsThePlateConfidenceTimeChannelAndBothPictures() throws Exception {
    byte[] body =
        CameraPushes.multipart(
            new Object[] {
              "anpr.xml",
              "anpr.xml",
              "text/xml",
              CameraPushes.anprXml("7ABC123", 92, OffsetDateTime.parse("2026-11-22T12:18:43-08:00"))
            },
            new Object[] {
              "licensePlatePicture.jpg",
              "licensePlatePicture.jpg",
              "image/jpeg",
              CameraPushes.jpeg("7ABC123", 240, 60)
            },
            new Object[] {
              "detectionPicture.jpg",
              "detectionPicture.jpg",
              "image/jpeg",
              CameraPushes.jpeg("7ABC123", 640, 360)
            });
    CameraPush push = HikvisionAnpr.parse(CameraPushes.MULTIPART, body);
    assertThat(push.format()).isEqualTo("hikvision-isapi");
    assertThat(push.plate()).isEqualTo("7ABC123");
    assertThat(push.confidence()).isEqualTo(0.92);
    assertThat(push.cameraId()).isEqualTo("1");
    assertThat(push.direction()).isEqualTo("forward");
    assertThat(push.capturedAt()).isEqualTo(Instant.parse("2026-11-22T20:18:43Z"));
    assertThat(push.images()).extracting(PushedImage::role).containsExactly("plate", "scene");
    assertThat(push.images().get(1).width()).isEqualTo(640);
    assertThat(push.images().get(1).height()).isEqualTo(360);
  }

  @Test
  void anUnknownPlateIsAVehicleWithoutARead() throws Exception {
    CameraPush push =
        HikvisionAnpr.parse(CameraPushes.MULTIPART, CameraPushes.hikvision("unknown", 0));
    assertThat(push.hasPlate()).isFalse();
    assertThat(push.images()).hasSize(2);
  }

  @Test
  void refusesExternalEntitiesWithoutReadingTheFile() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <EventNotificationAlert><eventType>ANPR</eventType>
        <dateTime>2026-11-22T12:18:43-08:00</dateTime>
        <ANPR><licensePlate>&xxe;</licensePlate><confidenceLevel>90</confidenceLevel></ANPR>
        </EventNotificationAlert>
        """;
    assertThatThrownBy(() -> HikvisionAnpr.parse(CameraPushes.MULTIPART, xmlOnly(xxe)))
        .isInstanceOf(CameraPushException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:")
        .satisfies(e -> assertThat(kind(e)).isEqualTo(CameraPushException.Kind.UNSAFE_XML));
  }

  @Test
  void refusesABillionLaughsWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      dtd.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    String bomb =
        "<?xml version=\"1.0\"?>" + dtd + "<EventNotificationAlert>&lol9;</EventNotificationAlert>";
    assertThatThrownBy(() -> HikvisionAnpr.parse(CameraPushes.MULTIPART, xmlOnly(bomb)))
        .satisfies(e -> assertThat(kind(e)).isEqualTo(CameraPushException.Kind.UNSAFE_XML));
  }

  @Test
  void refusesPicturesThatAreNotImages() {
    byte[] notJpeg = "GIF89a this is no jpeg".getBytes(StandardCharsets.US_ASCII);
    byte[] jpegMarkerOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 0};
    for (byte[] picture : new byte[][] {notJpeg, jpegMarkerOnly}) {
      byte[] body =
          CameraPushes.multipart(
              new Object[] {
                "anpr.xml", "anpr.xml", "text/xml", CameraPushes.anprXml("7ABC123", 90)
              },
              new Object[] {"detectionPicture.jpg", "detectionPicture.jpg", "image/jpeg", picture});
      assertThatThrownBy(() -> HikvisionAnpr.parse(CameraPushes.MULTIPART, body))
          .hasMessageContaining("detectionpicture.jpg' is not a JPEG image")
          .satisfies(e -> assertThat(kind(e)).isEqualTo(CameraPushException.Kind.NOT_AN_IMAGE));
    }
  }

  @Test
  void refusesMalformedMultipart() {
    byte[] good = CameraPushes.hikvision("7ABC123", 90);
    byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
    byte[] noHeaders =
        ("--" + CameraPushes.BOUNDARY + "\r\nno header here\r\n--" + CameraPushes.BOUNDARY + "--")
            .getBytes(StandardCharsets.US_ASCII);
    assertMalformed(CameraPushes.MULTIPART, truncated, "is not closed by a boundary");
    assertMalformed("multipart/form-data", good, "no boundary");
    assertMalformed("multipart/form-data; boundary=other", good, "does not contain its boundary");
    assertMalformed(CameraPushes.MULTIPART, noHeaders, "malformed multipart");
    assertMalformed("application/json", good, "not multipart");
  }

  @Test
  void refusesAnotherEventTypeAndAPushWithoutXml() {
    String motion =
        CameraPushes.anprXml("7ABC123", 90).replace(">ANPR</eventType>", ">VMD</eventType>");
    assertThatThrownBy(() -> HikvisionAnpr.parse(CameraPushes.MULTIPART, xmlOnly(motion)))
        .hasMessageContaining("'VMD', not ANPR");
    byte[] noXml =
        CameraPushes.multipart(
            new Object[] {
              "detectionPicture.jpg", "d.jpg", "image/jpeg", CameraPushes.jpeg("X", 20, 20)
            });
    assertThatThrownBy(() -> HikvisionAnpr.parse(CameraPushes.MULTIPART, noXml))
        .hasMessageContaining("no anpr.xml part");
  }

  private static void assertMalformed(String type, byte[] body, String message) {
    assertThatThrownBy(() -> HikvisionAnpr.parse(type, body))
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(kind(e)).isEqualTo(CameraPushException.Kind.MALFORMED));
  }

  static byte[] xmlOnly(String xml) {
    return CameraPushes.multipart(new Object[] {"anpr.xml", "anpr.xml", "text/xml", xml});
  }

  static CameraPushException.Kind kind(Throwable e) {
    return ((CameraPushException) e).kind();
  }
}
