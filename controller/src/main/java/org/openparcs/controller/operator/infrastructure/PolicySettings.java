package org.openparcs.controller.operator.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The jurisdiction profile this garage works under ({@code parcs.policy.profile}: SJ-PARK, SAC,
 * SJPD-L4207, SJPD-DUP or PAS; the same setting as the portal's), and the purposes of its views of
 * plate data it offers ({@code parcs.policy.purposes}: ids of the profile's purposes; empty: all).
 * POLICY U1, T1: every view states one of them.
 */
@ConfigurationProperties("parcs.policy")
public record PolicySettings(
    @Bindable(defaultValue = "SJ-PARK") @NotBlank String profile,
    @Bindable(defaultValue = "") @NotNull List<String> purposes) {}
