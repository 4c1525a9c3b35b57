package org.openparcs.portal.common.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/** Wires what every feature shares: the clock (time is an input) and JDBC helpers. */
@Factory
class CommonFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  Jdbc jdbc(@Named("default") DataSource dataSource) {
    return new Jdbc(dataSource);
  }
}
