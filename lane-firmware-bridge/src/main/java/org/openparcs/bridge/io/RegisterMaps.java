package org.openparcs.bridge.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The register maps a garage knows, by model name: the built-in ones and any given as data in
 * configuration (a configured map with a built-in name replaces it).
 */
public final class RegisterMaps {

  private final Map<String, RegisterMap> maps;

  private RegisterMaps(Map<String, RegisterMap> maps) {
    this.maps = Map.copyOf(maps);
  }

  /** The models this code ships with: the Moxa ioLogik E1214. */
  public static RegisterMaps builtIn() {
    return new RegisterMaps(Map.of(RegisterMap.MOXA_E1214.model(), RegisterMap.MOXA_E1214));
  }

  /** These maps plus {@code map}, which replaces a map of the same model name. */
  public RegisterMaps with(RegisterMap map) {
    Map<String, RegisterMap> copy = new LinkedHashMap<>(maps);
    copy.put(map.model(), map);
    return new RegisterMaps(copy);
  }

  /** The register map of a configured model name. */
  public RegisterMap forModel(String model) {
    RegisterMap map = maps.get(model);
    if (map == null) {
      throw new IllegalArgumentException(
          "unknown I/O module model '" + model + "' (known: " + models() + ")");
    }
    return map;
  }

  public Set<String> models() {
    return new java.util.TreeSet<>(maps.keySet());
  }
}
