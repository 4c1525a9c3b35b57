package org.openparcs.bench.lane;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time used by this JVM (controller, simulators and driver) and by the embedded MariaDB server
 * between two points. Unlike latency, CPU per vehicle hardly depends on what else runs on the
 * machine, so it compares two versions of the code even on a busy machine.
 */
public final class CpuUse {

  /** CPU time so far, in nanoseconds. */
  public record Sample(long jvmNanos, long databaseNanos) {
    public Sample minus(Sample earlier) {
      return new Sample(jvmNanos - earlier.jvmNanos, databaseNanos - earlier.databaseNanos);
    }
  }

  private CpuUse() {}

  public static Sample now() {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new Sample(os.getProcessCpuTime(), databaseNanos());
  }

  /** The embedded MariaDB server's CPU time (0 where /proc cannot tell: not Linux). */
  public static long databaseNanos() {
    List<ProcessHandle> servers =
        ProcessHandle.current()
            .descendants()
            .filter(
                p ->
                    p.info()
                        .command()
                        .map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd"))
                        .orElse(false))
            .toList();
    long total = 0;
    for (ProcessHandle server : servers) {
      total += procCpuNanos(server.pid());
    }
    return total;
  }

  /** utime + stime from /proc/PID/stat, in clock ticks of 10 ms (USER_HZ 100 on Linux). */
  public static long procCpuNanos(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10_000_000L;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
