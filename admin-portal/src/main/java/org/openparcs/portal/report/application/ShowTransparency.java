package org.openparcs.portal.report.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openparcs.policy.model.DataClass;
import org.openparcs.policy.model.Days;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.policy.model.ProhibitedUse;
import org.openparcs.policy.model.PurposeDefinition;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.report.model.Transparency;

/**
 * The public transparency page (POLICY K5): cameras, retention, purposes, sharing agencies and
 * search counts of the last 12 months. Aggregates only; no log-on needed.
 */
public final class ShowTransparency {

  private final ReportData data;
  private final EffectivePolicy policy;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ShowTransparency(
      ReportData data, EffectivePolicy policy, UnitOfWork unitOfWork, Clock clock) {
    this.data = data;
    this.policy = policy;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  public Transparency show() {
    Instant now = clock.instant();
    Instant since = now.minus(Duration.ofDays(365));
    Map<String, String> retention = new LinkedHashMap<>();
    Arrays.stream(DataClass.values())
        .forEach(c -> retention.put(c.label(), Days.text(policy.days(c))));
    return unitOfWork.reading(
        () ->
            new Transparency(
                policy.profile().name()
                    + " ("
                    + policy.profile().id()
                    + ", version "
                    + policy.profile().version()
                    + ")",
                data.camerasPerGarage(),
                retention,
                policy.purposes().stream().map(PurposeDefinition::label).toList(),
                policy.profile().prohibited().stream().map(ProhibitedUse::label).toList(),
                policy.profile().sharing().summary(),
                data.sharingAgencies(since),
                data.accesses(since, now)));
  }
}
