package org.openparcs.controller.camera.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One camera's credential ({@code parcs.cameras.<camera-id>.*}); the camera id is the one in its
 * lane's {@code cameras} list and in its pushes.
 *
 * @param id the camera id
 * @param token the secret the camera sends as {@code Authorization: Bearer <token>} (or as the
 *     password of HTTP Basic with the camera id as user, for cameras that only do Basic), 24+
 *     characters, from the environment ({@code PARCS_CAMERAS_<ID>_TOKEN})
 * @param tokenSha256 instead of the token: its SHA-256 in hex, so the configuration holds no secret
 * @param sources addresses or CIDR blocks the camera may push from; empty: any address
 */
@EachProperty("parcs.cameras")
public record CameraCredentialSettings(
    @Parameter String id,
    @Nullable @Size(min = 24) String token,
    @Nullable @Pattern(regexp = "[0-9a-fA-F]{64}") String tokenSha256,
    @Nullable List<String> sources) {

  @Override
  public String toString() {
    return "CameraCredentialSettings[id=" + id + ", token=****, sources=" + sources + "]";
  }
}
