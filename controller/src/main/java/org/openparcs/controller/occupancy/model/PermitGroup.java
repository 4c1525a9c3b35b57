package org.openparcs.controller.occupancy.model;

/**
 * The permits of one holder in this garage, and how many of their vehicles may be inside at once
 * ("Parks"). A holder without a group parks one vehicle per permit.
 */
public record PermitGroup(String holder, int parks) {
  public PermitGroup {
    if (holder == null || holder.isBlank() || holder.length() > 200) {
      throw new IllegalArgumentException("a permit group names its holder (1-200 characters)");
    }
    if (parks < 1 || parks > 10_000) {
      throw new IllegalArgumentException("parks must be between 1 and 10000 vehicles");
    }
  }
}
