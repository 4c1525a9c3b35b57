package org.openparcs.portal;

import io.micronaut.runtime.Micronaut;

/** Starts the PARCS admin portal: garage event ingest, login and the garages overview. */
public final class PortalApplication {

  private PortalApplication() {}

  public static void main(String[] args) {
    Micronaut.run(PortalApplication.class, args);
  }
}
