package org.openparcs.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Both schemas migrate on the real embedded MariaDB and their constraints hold. */
class MigrationsIT {

  @Test
  void garageSchemaMigratesAndRefusesASecondOpenSessionForOnePlate() throws Exception {
    try (ApplicationContext ctx = context("garage")) {
      DataSource ds = ctx.getBean(DatabaseFactory.PooledDatabase.class).raw();
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.execute("INSERT INTO garage VALUES ('G1','Garage','America/Los_Angeles','USD',NOW(6))");
        s.execute(
            "INSERT INTO io_device VALUES ('IO1','G1','moxa-e1214','127.0.0.1',502,1,NOW(6))");
        s.execute("INSERT INTO lane VALUES ('L1','G1','Entry 1','ENTRY','IO1',NOW(6))");
        s.execute("INSERT INTO camera VALUES ('C1','L1','platerecognizer',NOW(6))");
        s.execute(
            "INSERT INTO plate_read (id,garage_id,lane_id,camera_id,plate_hash,plate_sealed,"
                + "raw_plate_sealed,confidence,source,captured_at,received_at) VALUES (UUID(),"
                + "'G1','L1','C1',UNHEX(SHA2('ABC123',256)),'sealed','sealed',0.9,'test',NOW(6),"
                + "NOW(6))");
        s.execute(
            "INSERT INTO access_decision (id,garage_id,lane_id,plate_read_id,plate_hash,"
                + "plate_sealed,outcome,rule,decided_at) SELECT UUID(),'G1','L1',id,plate_hash,"
                + "'sealed','GRANTED','VALID_PERMIT',NOW(6) FROM plate_read");
        String openSession =
            "INSERT INTO parking_session (id,garage_id,plate_hash,plate_sealed,entry_lane_id,"
                + "entry_decision_id,entered_at) SELECT UUID(),'G1',plate_hash,'sealed','L1',id,"
                + "NOW(6) FROM access_decision";
        s.execute(openSession);
        assertThatThrownBy(() -> s.execute(openSession)).isInstanceOf(SQLException.class);
      }
    }
  }

  @Test
  void garageSchemaRefusesMoneyWithoutAnIsoCurrencyOrBelowZero() throws Exception {
    try (ApplicationContext ctx = context("garage")) {
      DataSource ds = ctx.getBean(DatabaseFactory.PooledDatabase.class).raw();
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement()) {
        s.execute("INSERT INTO garage VALUES ('G1','Garage','UTC','USD',NOW(6))");
        String payment =
            "INSERT INTO payment (id,garage_id,kind,amount_minor,currency,method,reference,"
                + "occurred_at) VALUES (UUID(),'G1','PAYMENT',%d,'%s','CARD','%s',NOW(6))";
        s.execute(payment.formatted(500, "USD", "r1"));
        assertThatThrownBy(() -> s.execute(payment.formatted(500, "usd", "r2")))
            .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> s.execute(payment.formatted(-1, "USD", "r3")))
            .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> s.execute(payment.formatted(500, "USD", "r1")))
            .as("a payment reference is unique per garage")
            .isInstanceOf(SQLException.class);
      }
    }
  }

  @Test
  void portalSchemaMigratesWithItsRoles() throws Exception {
    try (ApplicationContext ctx = context("portal")) {
      DataSource ds = ctx.getBean(DatabaseFactory.PooledDatabase.class).raw();
      try (Connection c = ds.getConnection();
          Statement s = c.createStatement();
          var rs = s.executeQuery("SELECT COUNT(*) FROM role")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(5);
      }
    }
  }

  private static ApplicationContext context(String schema) {
    return ApplicationContext.run(
        Map.of("parcs.db.schema", schema, "parcs.db.embedded-shared", true));
  }
}
