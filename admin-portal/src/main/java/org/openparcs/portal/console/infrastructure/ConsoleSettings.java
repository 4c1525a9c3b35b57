package org.openparcs.portal.console.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Where a garage's console is, for the portal's console pages ({@code
 * parcs.portal.consoles.<garage-id>.*}, issue 5). The portal calls it over HTTPS with requests
 * signed by its order key ({@code parcs.portal.identity.order-key-file}), which the garage trusts
 * through {@code parcs.identity.portal-keys}.
 *
 * @param garageId the garage's id as registered at the portal
 * @param url the garage controller's base address, e.g. {@code https://garage-1.example.org:8080}
 * @param timeout how long to wait for a connection and for an answer to an action (5s); the live
 *     view has no answer timeout
 */
@EachProperty("parcs.portal.consoles")
public record ConsoleSettings(
    @Parameter String garageId,
    @NotBlank String url,
    @Bindable(defaultValue = "5s") @NotNull Duration timeout) {}
