package org.openparcs.portal.user.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The coordinator created on first start, when the portal has no user yet ({@code
 * parcs.portal.bootstrap-admin.*}). Ignored once any user exists. Pass the password from the
 * environment, never from the repository.
 *
 * @param username login name of the first coordinator; no bootstrap when absent
 * @param password its password (at least 8 characters)
 * @param displayName the name the portal shows for it
 */
@ConfigurationProperties("parcs.portal.bootstrap-admin")
public record BootstrapAdminSettings(
    @Nullable String username,
    @Nullable @Size(min = 8, max = 200) String password,
    @Bindable(defaultValue = "Coordinator") @NotBlank String displayName) {

  @Override
  public String toString() {
    return "BootstrapAdminSettings[username=" + username + ", password=****]";
  }
}
