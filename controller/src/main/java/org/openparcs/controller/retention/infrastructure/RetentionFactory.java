package org.openparcs.controller.retention.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.openparcs.controller.backup.application.PurgeOrderJournal;
import org.openparcs.controller.camera.application.FrameStore;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.identity.infrastructure.GarageSigner;
import org.openparcs.controller.identity.infrastructure.MachineTlsContext;
import org.openparcs.controller.identity.infrastructure.PortalOrderVerifier;
import org.openparcs.controller.reporting.infrastructure.PortalSettings;
import org.openparcs.controller.retention.application.AcceptPurgeOrder;
import org.openparcs.controller.retention.application.CarryOutPurgeOrders;
import org.openparcs.controller.retention.application.ExecutePurgeOrder;
import org.openparcs.controller.retention.application.GaragePurges;
import org.openparcs.controller.retention.application.OrderAuthenticity;
import org.openparcs.controller.retention.application.PurgeProgress;
import org.openparcs.controller.retention.application.PurgeStep;
import org.openparcs.controller.retention.model.DataClasses;
import org.openparcs.controller.retention.model.OrderCheck;
import org.openparcs.controller.retention.model.PurgeCounts;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.db.DatabaseFactory.PooledDatabase;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Wires the garage's side of retention: purge orders from the portal, the stores they purge. */
@Factory
class RetentionFactory {

  @Singleton
  PurgeProgress purgeProgress() {
    return new PurgeProgress();
  }

  /**
   * An order is carried out only when signed by a portal key this garage trusts ({@code
   * parcs.identity.portal-keys}); a garage without trusted keys refuses every order (POLICY R1:
   * "portal keys missing" in the log, in readiness and in {@code
   * parcs_retention_orders_refused_total}). There is deliberately no setting to skip the check.
   */
  @Singleton
  OrderAuthenticity portalSignatures(PortalOrderVerifier verifier) {
    return order ->
        verifier
            .verify(order.document())
            .match(
                ok -> OrderCheck.accepted(),
                refused ->
                    OrderCheck.refused(
                        verifier.hasPortalKeys()
                            ? "not signed by a trusted portal key: " + refused.reason()
                            : refused.reason()));
  }

  @Singleton
  GaragePurges garagePurges(JdbcTransactions tx, JsonMapper json, PlateCipher cipher) {
    return new JdbcGaragePurges(tx, json, cipher);
  }

  @Singleton
  ReadPartitions readPartitions(PooledDatabase db) {
    return new ReadPartitions(db.raw());
  }

  @Singleton
  ChunkedRows chunkedRows(PooledDatabase db, RetentionSettings settings) {
    return new ChunkedRows(db.raw(), settings.chunk());
  }

  /** The stores an order purges, in order: reads first, then the plate fields that outlive them. */
  static List<PurgeStep> purgeSteps(
      ChunkedRows rows,
      PooledDatabase db,
      RetentionSettings settings,
      GarageLayout garage,
      FrameStore frames,
      PlateLookup lookup) {
    return purgeSteps(rows, db.raw(), settings.chunk(), garage.id().value(), frames, lookup);
  }

  /**
   * The same stores on a plain DataSource (a restore re-applies journaled orders with them, and the
   * images of purged reads with the restored images folder).
   */
  static List<PurgeStep> purgeSteps(
      ChunkedRows rows,
      DataSource raw,
      int chunk,
      String g,
      FrameStore frames,
      PlateLookup lookup) {
    return List.of(
        new FrameImagesPurge(raw, frames, chunk, g, lookup),
        new CorrectionsPurge(rows, g, lookup),
        new PlateReadsPurge(raw, new ReadPartitions(raw), rows, g, lookup),
        new PlateFieldsPurge(
            new PlateFieldsPurge.Target(
                PurgeCounts.DECISION_PLATES,
                DataClasses.PLATE_READS,
                "access_decision",
                "decided_at",
                List.of("plate_sealed", "plate_hash", "matched_plate_sealed", "tied_plates_sealed"),
                h ->
                    HeldFilter.hashed(
                        "plate_read_id", h.readIds(), "plate_hash", h.plates(), lookup),
                null),
            rows,
            g),
        new PlateFieldsPurge(
            new PlateFieldsPurge.Target(
                PurgeCounts.SESSION_PLATES,
                DataClasses.SESSION_PLATES,
                "parking_session",
                "exited_at",
                List.of("plate_sealed", "plate_hash", "plate_folded_hash"),
                h ->
                    HeldFilter.hashedOrFolded(
                        "id",
                        h.sessionIds(),
                        "plate_hash",
                        "plate_folded_hash",
                        h.plates(),
                        lookup),
                PurgeCounts.HELD_KEPT),
            rows,
            g),
        new PlateFieldsPurge(
            new PlateFieldsPurge.Target(
                PurgeCounts.PAYMENT_PLATES,
                DataClasses.SESSION_PLATES,
                "payment",
                "occurred_at",
                List.of("plate_sealed", "plate_hash"),
                // R3: a payment keeps its plate with its session's (held by its folded plate too).
                h ->
                    HeldFilter.hashedOrFolded(
                        "session_id",
                        h.sessionIds(),
                        "plate_hash",
                        "(SELECT s.plate_folded_hash FROM parking_session s"
                            + " WHERE s.id = payment.session_id)",
                        h.plates(),
                        lookup),
                null),
            rows,
            g),
        new DeliveredEventsPurge(rows));
  }

  @Singleton
  @Requires(property = "parcs.portal.url")
  PortalPurgeOrders portalPurgeOrders(
      PortalSettings settings,
      GarageLayout garage,
      JsonMapper json,
      Clock clock,
      GarageSigner signer,
      MachineTlsContext tls) {
    return new PortalPurgeOrders(settings, garage.id().value(), json, clock, signer, tls.context());
  }

  @Singleton
  ExecutePurgeOrder executePurgeOrder(
      GaragePurges purges,
      PurgeOrderJournal journal,
      FrameStore frames,
      ChunkedRows rows,
      PooledDatabase db,
      RetentionSettings settings,
      PurgeProgress progress,
      GarageLayout garage,
      Clock clock,
      PlateLookup lookup) {
    return new ExecutePurgeOrder(
        purges, journal, purgeSteps(rows, db, settings, garage, frames, lookup), progress, clock);
  }

  @Singleton
  @Requires(property = "parcs.portal.url")
  CarryOutPurgeOrders carryOutPurgeOrders(
      PortalPurgeOrders inbox,
      OrderAuthenticity authenticity,
      GaragePurges purges,
      ExecutePurgeOrder execute,
      GarageLayout garage,
      Clock clock) {
    return new CarryOutPurgeOrders(
        inbox,
        new AcceptPurgeOrder(authenticity, garage.id().value(), clock),
        purges,
        execute,
        clock);
  }
}
