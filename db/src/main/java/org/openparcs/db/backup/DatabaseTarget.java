package org.openparcs.db.backup;

import java.util.List;

/**
 * The database a backup is taken from or restored into.
 *
 * @param host its host
 * @param port its port
 * @param database the database name
 * @param user the user (needs SELECT, LOCK TABLES, SHOW VIEW, TRIGGER to dump; DROP and CREATE of
 *     the database to restore)
 * @param password its password (passed to the client in the environment, never on the command line)
 * @param clientOptions extra options of the MariaDB client, e.g. {@code --skip-ssl} for the
 *     embedded server
 */
public record DatabaseTarget(
    String host,
    int port,
    String database,
    String user,
    String password,
    List<String> clientOptions) {

  public DatabaseTarget {
    clientOptions = List.copyOf(clientOptions);
    password = password == null ? "" : password;
  }

  /** The JDBC URL of the server, without a database (to drop and create it). */
  public String serverUrl() {
    return "jdbc:mariadb://" + host + ":" + port + "/";
  }

  public String jdbcUrl() {
    return serverUrl() + database;
  }
}
