package org.openparcs.portal.common.infrastructure;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.openparcs.portal.common.application.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Background work on Micronaut's I/O executor; a failure is logged (the work audits itself). */
@Singleton
final class ExecutorBackground implements Background {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorBackground.class);

  private final ExecutorService executor;

  ExecutorBackground(@Named(TaskExecutors.IO) ExecutorService executor) {
    this.executor = executor;
  }

  @Override
  public void submit(Runnable work) {
    executor.submit(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            LOG.error("Background work failed", e);
          }
        });
  }
}
