package org.openparcs.bridge.sim;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Camera pushes as the cameras send them, for tests and the demo: real JPEGs (a drawn plate), real
 * multipart bodies, Hikvision's anpr.xml and Plate Recognizer's webhook JSON.
 */
public final class CameraPushes {

  public static final String BOUNDARY = "----hikvisionBoundary7MA4YWxkTrZu0gW";
  public static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

  /**
   * Where the simulated cameras draw the plate in their scene, normalised to 0..1000 of the picture
   * as Hikvision's {@code plateRect} is: X, Y, width, height.
   */
  public static final int[] PLATE_RECT_PER_MILLE = {400, 600, 200, 120};

  private CameraPushes() {}

  /**
   * The plate's box in pixels in a scene of {@code width} x {@code height}: x, y, width, height.
   */
  public static int[] plateBox(int width, int height) {
    int[] r = PLATE_RECT_PER_MILLE;
    return new int[] {
      (int) Math.round(r[0] * width / 1000.0),
      (int) Math.round(r[1] * height / 1000.0),
      (int) Math.round(r[2] * width / 1000.0),
      (int) Math.round(r[3] * height / 1000.0)
    };
  }

  /**
   * A JPEG scene of {@code width} x {@code height}: a car's rear with a white plate carrying {@code
   * text} exactly at {@link #plateBox}, so a box the camera reports frames the plate drawn.
   */
  public static byte[] scene(String text, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(110, 114, 120));
    g.fillRect(0, 0, width, height);
    int[] b = plateBox(width, height);
    g.setColor(new Color(40, 60, 110));
    g.fillRoundRect(b[0] - b[2], b[1] - 2 * b[3], 3 * b[2], 4 * b[3], 30, 30);
    g.setColor(Color.WHITE);
    g.fillRect(b[0], b[1], b[2], b[3]);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.MONOSPACED, Font.BOLD, Math.max(8, b[3] * 2 / 3)));
    g.drawString(text, b[0] + 3, b[1] + b[3] * 3 / 4);
    g.dispose();
    return encode(image);
  }

  /** A JPEG of a white plate with {@code text}, {@code width} x {@code height}. */
  public static byte[] jpeg(String text, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.MONOSPACED, Font.BOLD, Math.max(10, height / 3)));
    g.drawString(text, 5, height * 2 / 3);
    g.dispose();
    return encode(image);
  }

  private static byte[] encode(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static String anprXml(String plate, int confidence) {
    return anprXml(plate, confidence, java.time.OffsetDateTime.now().withNano(0));
  }

  /** Hikvision's anpr.xml of a read at {@code at}. */
  public static String anprXml(String plate, int confidence, java.time.OffsetDateTime at) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <EventNotificationAlert version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">
        <ipAddress>192.168.1.64</ipAddress>
        <channelID>1</channelID>
        <dateTime>%s</dateTime>
        <activePostCount>1</activePostCount>
        <eventType>ANPR</eventType>
        <eventState>active</eventState>
        <eventDescription>ANPR</eventDescription>
        <ANPR>
        <country>3</country>
        <licensePlate>%s</licensePlate>
        <line>1</line>
        <direction>forward</direction>
        <confidenceLevel>%d</confidenceLevel>
        <plateType>unknown</plateType>
        <plateColor>white</plateColor>
        <plateCharBelieve>99,98,95,97,96,99,90</plateCharBelieve>
        <pictureInfoList>
        <pictureInfo><fileName>licensePlatePicture.jpg</fileName><type>licensePlatePicture</type>
        <dataType>0</dataType></pictureInfo>
        <pictureInfo><fileName>detectionPicture.jpg</fileName><type>detectionPicture</type>
        <dataType>0</dataType>
        <plateRect><X>%d</X><Y>%d</Y><width>%d</width><height>%d</height></plateRect>
        </pictureInfo>
        </pictureInfoList>
        </ANPR>
        </EventNotificationAlert>
        """
        .formatted(
            at,
            plate,
            confidence,
            PLATE_RECT_PER_MILLE[0],
            PLATE_RECT_PER_MILLE[1],
            PLATE_RECT_PER_MILLE[2],
            PLATE_RECT_PER_MILLE[3]);
  }

  /** A multipart body; parts are {name, filename or null, content type, bytes}. */
  public static byte[] multipart(Object[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object[] p : parts) {
      String head =
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\""
              + p[0]
              + "\""
              + (p[1] == null ? "" : "; filename=\"" + p[1] + "\"")
              + "\r\nContent-Type: "
              + p[2]
              + "\r\n\r\n";
      out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
      out.writeBytes(p[3] instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p[3]);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A Hikvision ANPR push with both pictures. */
  public static byte[] hikvision(String plate, int confidence) {
    return multipart(
        new Object[] {"anpr.xml", "anpr.xml", "text/xml", anprXml(plate, confidence)},
        new Object[] {
          "licensePlatePicture.jpg", "licensePlatePicture.jpg", "image/jpeg", jpeg(plate, 240, 60)
        },
        new Object[] {
          "detectionPicture.jpg", "detectionPicture.jpg", "image/jpeg", scene(plate, 640, 360)
        });
  }

  /**
   * A Hikvision push from firmware that gives {@code plateRect} in pixels of its detection picture
   * ({@code width} x {@code height}) rather than 0..1000; its plate picture is its crop of the
   * plate, twice the plate's size in the scene.
   */
  public static byte[] hikvisionInPixels(String plate, int confidence, int width, int height) {
    int[] b = plateBox(width, height);
    String xml =
        anprXml(plate, confidence)
            .replaceAll(
                "<plateRect>.*</plateRect>",
                "<plateRect><X>%d</X><Y>%d</Y><width>%d</width><height>%d</height></plateRect>"
                    .formatted(b[0], b[1], b[2], b[3]));
    return multipart(
        new Object[] {"anpr.xml", "anpr.xml", "text/xml", xml},
        new Object[] {
          "licensePlatePicture.jpg",
          "licensePlatePicture.jpg",
          "image/jpeg",
          jpeg(plate, 2 * b[2], 2 * b[3])
        },
        new Object[] {
          "detectionPicture.jpg", "detectionPicture.jpg", "image/jpeg", scene(plate, width, height)
        });
  }

  /**
   * A Plate Recognizer webhook as multipart: the JSON in {@code json}, a 640x360 scene in {@code
   * upload}, and the JSON's box where the scene has the plate.
   */
  public static byte[] plateRecognizerMultipart(String camera, String plate, double score) {
    int[] b = plateBox(640, 360);
    String json =
        plateRecognizerJson(camera, plate, score)
            .replace(
                "\"box\":{\"xmin\":143,\"ymin\":481,\"xmax\":282,\"ymax\":575}",
                "\"box\":{\"xmin\":%d,\"ymin\":%d,\"xmax\":%d,\"ymax\":%d}"
                    .formatted(b[0], b[1], b[0] + b[2], b[1] + b[3]));
    return multipart(
        new Object[] {"json", null, "application/json", json},
        new Object[] {"upload", "scene.jpg", "image/jpeg", scene(plate, 640, 360)});
  }

  public static String plateRecognizerJson(String camera, String plate, double score) {
    return plateRecognizerJson(camera, plate, score, java.time.Instant.now());
  }

  /** Plate Recognizer's webhook JSON of a read at {@code at}. */
  public static String plateRecognizerJson(
      String camera, String plate, double score, java.time.Instant at) {
    return """
        {"hook":{"target":"http://garage/api","id":1,"event":"recognition"},
         "data":{"camera_id":"%s","timestamp":"%s","filename":"x.jpg",
          "results":[{"plate":"%s","score":%s,"dscore":0.9,
            "box":{"xmin":143,"ymin":481,"xmax":282,"ymax":575},
            "region":{"code":"us-ca","score":0.8},
            "candidates":[{"plate":"%s","score":%s}]},
           {"plate":"zzz1","score":0.1,"box":{"xmin":1,"ymin":1,"xmax":2,"ymax":2}}]}}
        """
        .formatted(camera, at, plate.toLowerCase(), score, plate.toLowerCase(), score);
  }
}
