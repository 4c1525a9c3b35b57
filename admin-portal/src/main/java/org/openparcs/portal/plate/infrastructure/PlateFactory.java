package org.openparcs.portal.plate.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.plate.application.PlateReads;
import org.openparcs.portal.plate.application.SearchPlateReads;
import org.openparcs.portal.plate.application.ViewPlateRead;
import org.openparcs.portal.plate.model.AlprAccessPolicy;
import org.openparcs.portal.plate.model.Purpose;
import org.openparcs.portal.user.model.Role;

/** Wires plate searches and views. */
@Factory
class PlateFactory {

  @Singleton
  PlateReads plateReads(Jdbc jdbc, JsonMapper json) {
    return new JdbcPlateReads(jdbc, json);
  }

  @Singleton
  AlprAccessPolicy alprAccessPolicy(List<PurposeSettings> settings) {
    if (settings.isEmpty()) {
      throw new IllegalStateException("parcs.portal.purposes lists no purpose (POLICY U1)");
    }
    List<Purpose> purposes =
        settings.stream()
            .map(
                s -> {
                  EnumSet<Role> roles = EnumSet.noneOf(Role.class);
                  s.roles().forEach(r -> roles.add(Role.valueOf(r.strip())));
                  return new Purpose(s.id(), s.label(), s.lawEnforcement(), roles);
                })
            .toList();
    return new AlprAccessPolicy(purposes);
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
