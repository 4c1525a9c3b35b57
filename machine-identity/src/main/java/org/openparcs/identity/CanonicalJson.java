package org.openparcs.identity;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic JSON of a parsed document (maps, lists, strings, whole numbers, booleans, null):
 * object keys sorted, no whitespace, strings escaped the same way on both ends. What a signer signs
 * and a verifier checks, whichever JSON library parsed the document. Fractional numbers are
 * refused: signed documents carry them as strings.
 */
public final class CanonicalJson {

  private CanonicalJson() {}

  public static String write(Object value) {
    StringBuilder b = new StringBuilder(256);
    write(value, b);
    return b.toString();
  }

  private static void write(Object v, StringBuilder b) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      string(s, b);
    } else if (v instanceof Boolean bool) {
      b.append(bool.booleanValue());
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte
        || v instanceof BigInteger) {
      b.append(v);
    } else if (v instanceof Map<?, ?> map) {
      object(map, b);
    } else if (v instanceof List<?> list) {
      b.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        write(list.get(i), b);
      }
      b.append(']');
    } else {
      throw new IllegalArgumentException(
          "a signed document holds maps, lists, strings, whole numbers, booleans and nulls only,"
              + " not "
              + v.getClass().getSimpleName());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder b) {
    Map<String, Object> sorted = new TreeMap<>();
    map.forEach((k, val) -> sorted.put(String.valueOf(k), val));
    b.append('{');
    boolean first = true;
    for (Map.Entry<String, Object> e : sorted.entrySet()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      string(e.getKey(), b);
      b.append(':');
      write(e.getValue(), b);
    }
    b.append('}');
  }

  private static void string(String s, StringBuilder b) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }
}
