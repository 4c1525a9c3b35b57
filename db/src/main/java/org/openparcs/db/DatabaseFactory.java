package org.openparcs.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.openparcs.db.backup.DecisionJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's one {@code DataSource}: on the embedded MariaDB by default, on an external one by
 * configuration, with this service's Flyway migrations applied before anything uses it.
 */
@Factory
public class DatabaseFactory {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseFactory.class);

  @Singleton
  @Requires(property = "parcs.db.embedded", notEquals = "false")
  @Bean(preDestroy = "close")
  EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
    if (settings.embeddedShared()) {
      String database =
          settings.database()
              + "_t"
              + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
      EmbeddedMariaDb server = EmbeddedMariaDb.shared();
      server.createDatabase(database);
      return new EmbeddedDatabase(server, database, false);
    }
    EmbeddedMariaDb server =
        EmbeddedMariaDb.start(
            Path.of(settings.embeddedDir()).toAbsolutePath(), settings.embeddedPort());
    server.createDatabase(settings.database());
    return new EmbeddedDatabase(server, settings.database(), true);
  }

  /**
   * The service's DataSource. Micronaut wraps it so that connections follow transactions: use it
   * inside {@code TransactionOperations}; {@link PooledDatabase#raw()} is the unwrapped pool.
   */
  @Singleton
  @Named("default")
  DataSource dataSource(PooledDatabase pool) {
    return pool.raw();
  }

  @Singleton
  @Bean(preDestroy = "close")
  PooledDatabase pooledDatabase(
      DatabaseSettings settings, BackupSettings backup, Optional<EmbeddedDatabase> embedded) {
    refuseUnfinishedRestore(settings, backup);
    HikariConfig config = new HikariConfig();
    if (embedded.isPresent()) {
      EmbeddedMariaDb server = embedded.get().server();
      config.setJdbcUrl(server.jdbcUrl(embedded.get().database()));
      config.setUsername(server.user());
      config.setPassword(server.password());
    } else {
      config.setJdbcUrl(settings.url());
      config.setUsername(settings.user());
      config.setPassword(settings.password());
    }
    config.setPoolName("parcs-" + settings.schema());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setAutoCommit(true);
    HikariDataSource dataSource = new HikariDataSource(config);
    migrate(settings, dataSource);
    return new PooledDatabase(dataSource);
  }

  /**
   * A restore that started and has not recorded its end may have loaded a database without the
   * purges and hold releases decided after its backup (POLICY R1): the service does not serve it.
   */
  public static void refuseUnfinishedRestore(DatabaseSettings settings, BackupSettings backup) {
    if (backup.journalDir() == null || backup.journalDir().isBlank()) {
      LOG.warn(
          "parcs.backup.journal-dir is not set: purges and holds are not journaled, so a restored"
              + " backup cannot re-apply them (POLICY R1)");
      return;
    }
    DecisionJournal journal = DecisionJournal.in(Path.of(backup.journalDir()), settings.schema());
    journal
        .unfinishedRestore()
        .ifPresent(
            r -> {
              throw new IllegalStateException(
                  "a restore of backup "
                      + r.data().get("backup")
                      + " started at "
                      + r.at()
                      + " has not completed (journal "
                      + journal.file()
                      + ", entry "
                      + r.seq()
                      + "): the "
                      + settings.schema()
                      + " does not serve data whose later purges and holds were not re-applied"
                      + " (POLICY R1). Run the restore again to its end.");
            });
  }

  private static void migrate(DatabaseSettings settings, HikariDataSource dataSource) {
    var result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(settings.migrationsLocation())
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        "Database {} at schema version {} ({} migrations applied now)",
        dataSource.getJdbcUrl(),
        result.targetSchemaVersion,
        result.migrationsExecuted);
  }

  /** The connection pool of this service, closed when the service stops. */
  public record PooledDatabase(HikariDataSource raw) implements AutoCloseable {
    @Override
    public void close() {
      raw.close();
    }
  }

  /** The embedded server this service uses, and whether the service owns (stops) it. */
  public record EmbeddedDatabase(EmbeddedMariaDb server, String database, boolean owned)
      implements AutoCloseable {
    @Override
    public void close() {
      if (owned) {
        server.close();
      }
    }
  }
}
