package org.openparcs.controller.camera.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;
import org.openparcs.controller.camera.application.FrameImage;
import org.openparcs.controller.camera.application.ReceiveFrame;
import org.openparcs.controller.garage.model.CameraId;

/**
 * Raw JPEG frames from lane cameras, read by our own plate reader, and the kept images for
 * operators. A frame is checked at once (4xx when refused) and read on the reader threads: the
 * answer (202) says it was taken, not what was read.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
public class FrameController {

  /** A frame taken for reading. */
  @Serdeable
  public record FrameReceipt(String frameId, String lane, String camera, int width, int height) {}

  private final ReceiveFrame receiveFrame;
  private final FrameImage frameImage;

  public FrameController(ReceiveFrame receiveFrame, FrameImage frameImage) {
    this.receiveFrame = receiveFrame;
    this.frameImage = frameImage;
  }

  /** A camera pushes one JPEG frame (body: the JPEG bytes, {@code Content-Type: image/jpeg}). */
  @Post(
      uri = "/cameras/{id}/frames",
      consumes = {MediaType.IMAGE_JPEG, MediaType.APPLICATION_OCTET_STREAM})
  public HttpResponse<FrameReceipt> push(@PathVariable String id, @Nullable @Body byte[] jpeg) {
    ReceiveFrame.Receipt r =
        receiveFrame.receive(new CameraId(id), jpeg == null ? new byte[0] : jpeg);
    return HttpResponse.accepted()
        .body(
            new FrameReceipt(
                r.frameId().toString(),
                r.lane().value(),
                r.camera().value(),
                r.width(),
                r.height()));
  }

  /** The image kept with a read, for an operator to see beside the text. */
  @Get(uri = "/frames/{id}", produces = MediaType.IMAGE_JPEG)
  public HttpResponse<byte[]> image(@PathVariable UUID id) {
    return HttpResponse.ok(frameImage.image(id)).contentType(MediaType.IMAGE_JPEG_TYPE);
  }
}
