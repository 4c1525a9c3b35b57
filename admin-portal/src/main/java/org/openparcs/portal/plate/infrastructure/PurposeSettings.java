package org.openparcs.portal.plate.infrastructure;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/**
 * One authorized purpose for ALPR data ({@code parcs.portal.purposes}, a list; POLICY U1). Unset,
 * the jurisdiction profile's purposes apply; a deployment may offer fewer, never one its profile
 * does not list (checked at start).
 *
 * @param id short name stored in the audit trail (a-z, 0-9, '-')
 * @param label what users choose from
 * @param lawEnforcement whether it needs a case number and crime type
 * @param roles the roles that may choose it (COORDINATOR, OPERATOR, REVENUE_AUDITOR, VENDOR)
 */
@EachProperty(value = "parcs.portal.purposes", list = true)
public record PurposeSettings(
    @NotBlank String id,
    @NotBlank String label,
    @Bindable(defaultValue = "false") boolean lawEnforcement,
    @NotEmpty List<String> roles) {}
