package org.openparcs.controller.lane.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The Plate Recognizer webhook body: {@code data.camera_id}, {@code data.timestamp}, {@code
 * data.results[]} with {@code plate}, {@code score} 0..1, {@code box}, {@code region.code}. Unknown
 * fields are ignored.
 */
@Serdeable
public record PlateRecognizerWebhook(@NotNull @Valid Data data) {

  @Serdeable
  public record Data(
      @JsonProperty("camera_id") @NotBlank @Size(max = 64) String cameraId,
      @NotBlank @Size(max = 64) String timestamp,
      @NotNull @Size(max = 50) List<@Valid @NotNull Result> results) {}

  @Serdeable
  public record Result(
      @NotBlank @Size(max = 32) String plate,
      @NotNull @DecimalMin("0") @DecimalMax("1") Double score,
      @Nullable @Valid Box box,
      @Nullable Region region) {}

  @Serdeable
  public record Box(int xmin, int ymin, int xmax, int ymax) {}

  @Serdeable
  public record Region(@Nullable @Size(max = 16) String code) {}
}
