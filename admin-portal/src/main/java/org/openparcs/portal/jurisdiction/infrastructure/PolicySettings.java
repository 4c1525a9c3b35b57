package org.openparcs.portal.jurisdiction.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;

/**
 * The jurisdiction profile this deployment enforces ({@code parcs.policy.profile}: SJ-PARK, SAC,
 * SJPD-L4207, SJPD-DUP or PAS; POLICY "Jurisdiction profiles").
 *
 * @param profile the profile's id
 */
@ConfigurationProperties("parcs.policy")
public record PolicySettings(@Bindable(defaultValue = "SJ-PARK") @NotBlank String profile) {}
