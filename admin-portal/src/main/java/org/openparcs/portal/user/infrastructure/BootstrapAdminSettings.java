package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The coordinator created on first start, when the portal has no user yet ({@code
 * parcs.portal.bootstrap-admin.*}). Ignored once any user exists. Pass the password (and any TOTP
 * secret) from the environment, never from the repository.
 *
 * @param username login name of the first coordinator; no bootstrap when absent
 * @param password its password, following the password rules ({@code parcs.portal.accounts})
 * @param displayName the name the portal shows for it
 * @param totpSecret a Base32 TOTP secret to provision for it (demos, automated set-ups); when
 *     absent the coordinator enrols one by QR code at the first log-on
 */
@ConfigurationProperties("parcs.portal.bootstrap-admin")
public record BootstrapAdminSettings(
    @Nullable String username,
    @Nullable @Size(min = 8, max = 200) String password,
    @Bindable(defaultValue = "Coordinator") @NotBlank String displayName,
    @Nullable @Pattern(regexp = "[A-Z2-7]{16,64}") String totpSecret) {

  @Override
  public String toString() {
    return "BootstrapAdminSettings[username=" + username + ", password=****, totpSecret=****]";
  }
}
