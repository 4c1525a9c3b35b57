package org.openparcs.policy.model;

/** Retention periods are whole days; people read them as days or years (365 days a year). */
public final class Days {

  private Days() {}

  /** "30 days", "1 year", "2 years", "400 days". */
  public static String text(long days) {
    if (days > 0 && days % 365 == 0) {
      long years = days / 365;
      return years == 1 ? "1 year" : years + " years";
    }
    return days == 1 ? "1 day" : days + " days";
  }
}
