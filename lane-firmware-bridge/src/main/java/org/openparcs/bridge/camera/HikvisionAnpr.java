package org.openparcs.bridge.camera;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hikvision ISAPI ANPR push: multipart/form-data with an {@code anpr.xml} part (an
 * EventNotificationAlert of eventType ANPR: {@code dateTime} with its offset, {@code channelID},
 * {@code ANPR/licensePlate}, {@code ANPR/confidenceLevel} 0..100, {@code ANPR/direction}) and JPEG
 * parts {@code licensePlatePicture.jpg} (the plate) and {@code detectionPicture.jpg} (the scene). A
 * licence plate of "unknown" (or empty) is a vehicle seen without a plate read. The plate's place
 * in the scene is {@code ANPR/pictureInfoList/pictureInfo[type=detectionPicture]/plateRect} ({@code
 * X}, {@code Y}, {@code width}, {@code height}), normalised to 0..1000 of the picture as ISAPI
 * documents it, or in the picture's pixels as some firmware sends it ({@link PlateRectUnits}: the
 * camera's setting, or told apart push by push); a rectangle that is missing, not numbers or
 * outside the picture in its units gives no box, and the read stands.
 */
public final class HikvisionAnpr {

  public static final String FORMAT = "hikvision-isapi";

  private HikvisionAnpr() {}

  public static CameraPush parse(String contentType, byte[] body) throws CameraPushException {
    return parse(contentType, body, PlateRectUnits.AUTO);
  }

  /** {@code units}: what the camera's {@code plateRect} numbers are in. */
  public static CameraPush parse(String contentType, byte[] body, PlateRectUnits units)
      throws CameraPushException {
    List<MultipartBody.Part> parts = MultipartBody.parse(contentType, body);
    MultipartBody.Part xml = null;
    List<PushedImage> images = new ArrayList<>();
    for (MultipartBody.Part part : parts) {
      String name = fileOrName(part);
      if (name.endsWith(".xml")
          || "text/xml".equals(part.contentType())
          || "application/xml".equals(part.contentType())) {
        xml = part;
      } else if (name.endsWith(".jpg") || "image/jpeg".equals(part.contentType())) {
        images.add(JpegImages.check(role(name), name, part.body()));
      }
    }
    if (xml == null) {
      throw invalid("the push has no anpr.xml part");
    }
    return read(SafeXml.parse(xml.body(), "anpr.xml"), images, units);
  }

  private static CameraPush read(Document doc, List<PushedImage> images, PlateRectUnits units)
      throws CameraPushException {
    Element root = doc.getDocumentElement();
    if (!"EventNotificationAlert".equals(localName(root))) {
      throw invalid("anpr.xml is not an EventNotificationAlert");
    }
    String eventType = text(root, "eventType");
    if (!"ANPR".equalsIgnoreCase(eventType)) {
      throw invalid("anpr.xml is an event of type '" + eventType + "', not ANPR");
    }
    Element anpr = child(root, "ANPR");
    if (anpr == null) {
      throw invalid("anpr.xml has no ANPR element");
    }
    String plate = text(anpr, "licensePlate");
    boolean read = plate != null && !plate.isBlank() && !plate.equalsIgnoreCase("unknown");
    double confidence = read ? confidence(text(anpr, "confidenceLevel")) : 0;
    String direction = text(anpr, "direction");
    return new CameraPush(
        FORMAT,
        text(root, "channelID"),
        read ? plate.strip() : null,
        confidence,
        null,
        read ? plateBox(anpr, image(images, "scene"), image(images, "plate"), units) : null,
        direction == null ? null : direction.toLowerCase(Locale.ROOT),
        time(text(root, "dateTime")),
        images);
  }

  private static CameraPush.Box plateBox(
      Element anpr, PushedImage scene, PushedImage plate, PlateRectUnits units) {
    Element list = child(anpr, "pictureInfoList");
    if (list == null) {
      return null;
    }
    NodeList infos = list.getChildNodes();
    for (int i = 0; i < infos.getLength(); i++) {
      if (infos.item(i) instanceof Element info
          && "pictureInfo".equals(localName(info))
          && "detectionPicture".equals(strip(text(info, "type")))) {
        Element rect = child(info, "plateRect");
        return rect == null
            ? null
            : PlateBoxes.plateRect(
                number(rect, "X"),
                number(rect, "Y"),
                number(rect, "width"),
                number(rect, "height"),
                scene,
                plate,
                units);
      }
    }
    return null;
  }

  private static PushedImage image(List<PushedImage> images, String role) {
    return images.stream().filter(i -> role.equals(i.role())).findFirst().orElse(null);
  }

  private static double number(Element parent, String name) {
    String text = strip(text(parent, name));
    if (text == null || text.length() > 12) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static double confidence(String level) throws CameraPushException {
    try {
      int value = Integer.parseInt(level.strip());
      if (value < 0 || value > 100) {
        throw invalid("ANPR/confidenceLevel must be 0..100, was " + value);
      }
      return value / 100.0;
    } catch (NumberFormatException | NullPointerException e) {
      throw invalid("ANPR/confidenceLevel is not a number: '" + level + "'");
    }
  }

  private static Instant time(String text) throws CameraPushException {
    if (text == null) {
      throw invalid("anpr.xml has no dateTime");
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw invalid("dateTime is not an ISO-8601 time with an offset: '" + excerpt(text) + "'");
    }
  }

  private static String role(String name) {
    return name.toLowerCase(Locale.ROOT).contains("plate") ? "plate" : "scene";
  }

  private static String fileOrName(MultipartBody.Part part) {
    return (part.filename() != null && !part.filename().isEmpty() ? part.filename() : part.name())
        .toLowerCase(Locale.ROOT);
  }

  private static Element child(Element parent, String name) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && name.equals(localName(e))) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent();
  }

  private static String localName(Element e) {
    String tag = e.getTagName();
    return tag.substring(tag.indexOf(':') + 1);
  }

  static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static CameraPushException invalid(String message) {
    return new CameraPushException(CameraPushException.Kind.INVALID, message);
  }
}
