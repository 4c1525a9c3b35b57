package org.openparcs.policy.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.policy.model.ProhibitedUse;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The five jurisdiction profiles of POLICY.md, read from the YAML files beside this class ({@code
 * profiles/<ID>.yml}, each with its version and effective date) and the shared list of prohibited
 * uses ({@code profiles/prohibited-uses.yml}).
 */
public final class ProfileCatalog {

  /** The profiles shipped, in the order of POLICY.md's table. */
  public static final List<String> IDS = List.of("SJ-PARK", "SAC", "SJPD-L4207", "SJPD-DUP", "PAS");

  private final Map<String, JurisdictionProfile> profiles;

  private ProfileCatalog(Map<String, JurisdictionProfile> profiles) {
    this.profiles = profiles;
  }

  /** Reads every shipped profile; a broken file fails here, naming it. */
  public static ProfileCatalog standard() {
    List<ProhibitedUse> prohibited = ProfileReader.prohibitedUses(load("prohibited-uses.yml"));
    Map<String, JurisdictionProfile> profiles = new LinkedHashMap<>();
    for (String id : IDS) {
      JurisdictionProfile p = ProfileReader.profile(load(id + ".yml"), prohibited);
      if (!p.id().equals(id)) {
        throw new IllegalStateException("profile file " + id + ".yml names itself " + p.id());
      }
      profiles.put(id, p);
    }
    return new ProfileCatalog(profiles);
  }

  public Optional<JurisdictionProfile> find(String id) {
    return Optional.ofNullable(id == null ? null : profiles.get(id.strip()));
  }

  public List<JurisdictionProfile> all() {
    return List.copyOf(profiles.values());
  }

  private static Map<String, Object> load(String file) {
    String path = "/org/openparcs/policy/profiles/" + file;
    try (InputStream in = ProfileCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("profile file missing from the classpath: " + path);
      }
      Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (!(data instanceof Map)) {
        throw new IllegalStateException("profile file " + path + " is not a YAML mapping");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) data;
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read profile file " + path, e);
    }
  }
}
