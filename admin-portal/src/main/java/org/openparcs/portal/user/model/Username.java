package org.openparcs.portal.user.model;

import java.util.regex.Pattern;

/** A portal user's login name. */
public record Username(String value) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  public Username {
    if (value == null || !FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a username is 1 to 64 letters, digits, '.', '_', '@' or '-'");
    }
  }

  /** Whether {@code text} has the form of a username (a login form may send anything). */
  public static boolean isValid(String text) {
    return text != null && FORM.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
