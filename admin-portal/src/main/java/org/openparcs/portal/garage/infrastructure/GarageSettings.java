package org.openparcs.portal.garage.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One garage allowed to report to the portal ({@code parcs.portal.garages}, a list). At start the
 * portal registers each with the SHA-256 of its token; the token itself is never stored.
 *
 * @param id the garage's id, the one in {@code /api/garages/{id}/events}
 * @param name its display name
 * @param token the secret it sends as {@code Authorization: Bearer <token>} (at least 16
 *     characters; take it from the environment, never from the repository)
 */
@EachProperty(value = "parcs.portal.garages", list = true)
public record GarageSettings(
    @NotBlank String id, @NotBlank @Size(max = 200) String name, @Size(min = 16) String token) {

  @Override
  public String toString() {
    return "GarageSettings[id=" + id + ", name=" + name + ", token=****]";
  }
}
