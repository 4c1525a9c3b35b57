package org.openparcs.controller.camera.model;

import java.util.Objects;
import java.util.function.Function;

/** What a look at a frame's header found, before any pixel is decoded. */
public sealed interface FrameCheck {

  /** Exhaustive handling of both outcomes (Java 17 has no pattern switch). */
  <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused);

  /** A JPEG within the limits, of the size its header declares. */
  record Accepted(int width, int height) implements FrameCheck {
    public Accepted {
      if (width < 1 || height < 1) {
        throw new IllegalArgumentException("an accepted frame has a size");
      }
    }

    @Override
    public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused) {
      return accepted.apply(this);
    }
  }

  /** Not read: {@code message} says why, for the camera's integrator. */
  record Refused(FrameProblem problem, String message) implements FrameCheck {
    public Refused {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public <T> T match(Function<Accepted, T> accepted, Function<Refused, T> refused) {
      return refused.apply(this);
    }
  }
}
