package org.openparcs.portal.console.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** What the console page sends with an action; each action reads the fields it needs. */
@Serdeable
public record ConsoleForm(
    @Nullable String exceptionId,
    @Nullable String readId,
    @Nullable String plate,
    @Nullable String mode,
    @Nullable String sessionId,
    @Nullable String reason) {}
