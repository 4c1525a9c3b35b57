package org.openparcs.portal.plate.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.plate.application.PlateReads;
import org.openparcs.portal.plate.application.SearchPlateReads;
import org.openparcs.portal.plate.application.ViewPlateRead;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.Purpose;
import org.openparcs.portal.protection.infrastructure.EventPlates;
import org.openparcs.portal.user.model.Role;
import org.openparcs.protection.PlateLookup;

/** Wires plate searches and views. */
@Factory
class PlateFactory {

  @Singleton
  PlateReads plateReads(Jdbc jdbc, JsonMapper json, EventPlates plates, PlateLookup lookup) {
    return new JdbcPlateReads(jdbc, json, plates, lookup);
  }

  /**
   * The purposes offered: the deployment's list ({@code parcs.portal.purposes}) when it sets one,
   * else every purpose of the jurisdiction profile with the profile's roles. Either way only the
   * profile's purposes (checked at start, POLICY U1), and never a prohibited use (U2).
   */
  @Singleton
  AlprAccessPolicy alprAccessPolicy(List<PurposeSettings> settings, EffectivePolicy policy) {
    List<Purpose> purposes =
        settings.isEmpty()
            ? policy.purposes().stream()
                .map(d -> new Purpose(d.id(), d.label(), d.lawEnforcement(), roles(d.roles())))
                .toList()
            : settings.stream()
                .map(
                    s ->
                        new Purpose(
                            s.id(),
                            s.label(),
                            s.lawEnforcement()
                                || policy.profile().purpose(s.id()).orElseThrow().lawEnforcement(),
                            roles(s.roles())))
                .toList();
    return new AlprAccessPolicy(purposes, policy.profile().prohibited());
  }

  private static Set<Role> roles(Collection<String> names) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(r -> roles.add(Role.valueOf(r.strip())));
    return roles;
  }

  @Singleton
  SearchPlateReads searchPlateReads(
      PlateReads reads,
      AlprAccessPolicy policy,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new SearchPlateReads(reads, policy, audit, unitOfWork, clock);
  }

  @Singleton
  ViewPlateRead viewPlateRead(
      PlateReads reads,
      AlprAccessPolicy policy,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ViewPlateRead(reads, policy, audit, unitOfWork, clock);
  }
}
