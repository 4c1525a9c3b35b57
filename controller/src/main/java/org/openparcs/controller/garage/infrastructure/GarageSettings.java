package org.openparcs.controller.garage.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The garage this controller runs ({@code parcs.garage.*}).
 *
 * @param id garage id, as registered at the portal
 * @param name name shown to operators
 * @param timeZone IANA time zone of the garage, for tariffs and reports
 * @param currency ISO 4217 currency of its prices
 */
@ConfigurationProperties("parcs.garage")
public record GarageSettings(
    @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String id,
    @NotBlank String name,
    @Bindable(defaultValue = "UTC") @NotBlank String timeZone,
    @Bindable(defaultValue = "USD") @Pattern(regexp = "[A-Z]{3}") String currency) {}
