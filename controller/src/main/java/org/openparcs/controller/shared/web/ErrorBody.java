package org.openparcs.controller.shared.web;

import io.micronaut.serde.annotation.Serdeable;

/** Every error a client sees: a sentence, never a stack trace or a class name. */
@Serdeable
public record ErrorBody(String error) {}
