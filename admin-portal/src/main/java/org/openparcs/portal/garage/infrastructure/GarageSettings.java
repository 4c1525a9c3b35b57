package org.openparcs.portal.garage.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One garage allowed to report to the portal ({@code parcs.portal.garages}, a list). At start the
 * portal registers each with the SHA-256 of its token; the token itself is never stored.
 *
 * @param id the garage's id, the one in {@code /api/garages/{id}/events}
 * @param name its display name
 * @param token the secret it sends as {@code Authorization: Bearer <token>} (at least 16
 *     characters; take it from the environment, never from the repository); refused once the garage
 *     has an active key
 * @param publicKeys keys enrolled for the garage, each {@code KEY-ID=BASE64} (the public key {@code
 *     GenerateKey} printed at the garage); more are enrolled by the garage itself when it rotates
 * @param revokedKeys key ids revoked at start (a compromised garage key)
 */
@EachProperty(value = "parcs.portal.garages", list = true)
public record GarageSettings(
    @NotBlank String id,
    @NotBlank @Size(max = 200) String name,
    @Size(min = 16) String token,
    @Nullable List<String> publicKeys,
    @Nullable List<String> revokedKeys) {

  @Override
  public String toString() {
    return "GarageSettings[id=" + id + ", name=" + name + ", token=****]";
  }
}
