package org.openparcs.controller;

import io.micronaut.runtime.Micronaut;

/** The garage controller: lanes, cameras, access decisions, sessions, reporting to the portal. */
public final class ControllerApplication {

  private ControllerApplication() {}

  public static void main(String[] args) {
    Micronaut.build(args)
        .mainClass(ControllerApplication.class)
        .defaultEnvironments("garage")
        .start();
  }
}
