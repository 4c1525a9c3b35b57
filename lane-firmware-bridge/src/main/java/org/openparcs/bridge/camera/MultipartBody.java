package org.openparcs.bridge.camera;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A multipart/form-data body (RFC 7578) split into its parts. Strict: a boundary from the
 * Content-Type, a first delimiter, headers ended by an empty line, a closing delimiter; at most
 * {@link #MAX_PARTS} parts. Anything else is {@link CameraPushException.Kind#MALFORMED}.
 */
public final class MultipartBody {

  /** More parts than a camera sends is a malformed (or hostile) body. */
  public static final int MAX_PARTS = 16;

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");
  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

  private MultipartBody() {}

  /**
   * One part.
   *
   * @param name the form field name
   * @param filename the file name, or null
   * @param contentType the part's content type (lower case, no parameters), or null
   * @param body the part's bytes
   */
  public record Part(String name, String filename, String contentType, byte[] body) {
    /** The body as UTF-8 text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** Splits {@code body}, sent with {@code contentType}, into parts. */
  public static List<Part> parse(String contentType, byte[] body) throws CameraPushException {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      throw malformed("the content type is not multipart: " + contentType);
    }
    Matcher m = BOUNDARY.matcher(contentType);
    if (!m.find()) {
      throw malformed("the multipart content type names no boundary");
    }
    byte[] delimiter =
        ("--" + (m.group(1) != null ? m.group(1) : m.group(2))).getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw malformed("the body does not contain its boundary");
    }
    List<Part> parts = new ArrayList<>();
    byte[] next = concat(new byte[] {'\r', '\n'}, delimiter);
    while (true) {
      int afterDelimiter = at + delimiter.length;
      if (startsWith(body, afterDelimiter, "--")) {
        if (parts.isEmpty()) {
          throw malformed("the body has no parts");
        }
        return parts;
      }
      if (!startsWith(body, afterDelimiter, "\r\n")) {
        throw malformed("a boundary is not followed by a line break");
      }
      int headersEnd = indexOf(body, CRLFCRLF, afterDelimiter + 2);
      int end = headersEnd < 0 ? -1 : indexOf(body, next, headersEnd + 4);
      if (end < 0) {
        throw malformed("part " + (parts.size() + 1) + " is not closed by a boundary");
      }
      if (parts.size() == MAX_PARTS) {
        throw malformed("more than " + MAX_PARTS + " parts");
      }
      String headers =
          new String(
              body,
              afterDelimiter + 2,
              headersEnd - afterDelimiter - 2,
              StandardCharsets.ISO_8859_1);
      byte[] content = java.util.Arrays.copyOfRange(body, headersEnd + 4, end);
      parts.add(part(headers, content, parts.size() + 1));
      at = end + 2;
    }
  }

  private static Part part(String headers, byte[] content, int index) throws CameraPushException {
    String disposition = null;
    String type = null;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw malformed("part " + index + " has a header line without a name");
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("content-disposition")) {
        disposition = value;
      } else if (name.equals("content-type")) {
        type = value.split(";")[0].trim().toLowerCase(Locale.ROOT);
      }
    }
    if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw malformed("part " + index + " is not form-data (no Content-Disposition)");
    }
    Matcher name = NAME.matcher(disposition);
    if (!name.find()) {
      throw malformed("part " + index + " has no name");
    }
    Matcher file = FILENAME.matcher(disposition);
    return new Part(name.group(1), file.find() ? file.group(1) : null, type, content);
  }

  private static CameraPushException malformed(String message) {
    return new CameraPushException(
        CameraPushException.Kind.MALFORMED, "malformed multipart: " + message);
  }

  private static boolean startsWith(byte[] body, int at, String text) {
    if (at + text.length() > body.length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (body[at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] pattern, int from) {
    outer:
    for (int i = from; i <= body.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (body[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
