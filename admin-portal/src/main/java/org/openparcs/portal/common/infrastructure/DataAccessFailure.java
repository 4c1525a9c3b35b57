package org.openparcs.portal.common.infrastructure;

import java.sql.SQLException;

/** The database refused or failed a statement; never shown to clients (they get a 500). */
public final class DataAccessFailure extends RuntimeException {

  public DataAccessFailure(String sql, SQLException cause) {
    super("database statement failed: " + sql, cause);
  }
}
