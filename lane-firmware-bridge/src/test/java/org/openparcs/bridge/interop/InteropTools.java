package org.openparcs.bridge.interop;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Modbus peers that are not ours, from Debian ({@code apt-get install -y mbpoll python3-pymodbus
 * libmodbus-dev}). Without them the tests are skipped with a message, unless the {@code interop}
 * Maven profile asks for them ({@code parcs.interop.required=true}, as CI does): then they fail.
 */
final class InteropTools {

  static final Path MBPOLL = Path.of("/usr/bin/mbpoll");
  static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String INSTALL = "apt-get install -y mbpoll python3-pymodbus libmodbus-dev";
  private static final Pattern VALUE = Pattern.compile("^\\[(\\d+)\\]:\\s+(-?\\d+)\\s*$");

  private InteropTools() {}

  static void requireMbpoll() {
    require(Files.isExecutable(MBPOLL), "mbpoll is not installed (" + INSTALL + ")");
  }

  static void requirePymodbus() {
    boolean present =
        Files.isExecutable(PYTHON) && exitCode(PYTHON.toString(), "-c", "import pymodbus") == 0;
    require(present, "pymodbus is not installed for /usr/bin/python3 (" + INSTALL + ")");
  }

  /** Reads {@code count} points of mbpoll type {@code type} from PDU address {@code ref}. */
  static TreeMap<Integer, Integer> mbpollRead(int port, int type, int ref, int count) {
    TreeMap<Integer, Integer> values = new TreeMap<>();
    for (String line : run(mbpoll(port, type, ref, count))) {
      Matcher m = VALUE.matcher(line);
      if (m.matches()) {
        values.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
    }
    if (values.size() != count) {
      fail("mbpoll read " + values.size() + " of " + count + " values: " + values);
    }
    return values;
  }

  /** Writes {@code values} from PDU address {@code ref} with mbpoll. */
  static void mbpollWrite(int port, int type, int ref, int... values) {
    List<String> command = mbpoll(port, type, ref, values.length);
    // mbpoll counts the values to write itself and refuses -c with them.
    int c = command.indexOf("-c");
    command.subList(c, c + 2).clear();
    for (int v : values) {
      command.add(String.valueOf(v));
    }
    List<String> output = run(command);
    if (output.stream().noneMatch(l -> l.startsWith("Written " + values.length))) {
      fail("mbpoll did not confirm the write: " + output);
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> mbpoll(int port, int type, int ref, int count) {
    return new ArrayList<>(
        List.of(
            MBPOLL.toString(),
            "-m",
            "tcp",
            "-p",
            String.valueOf(port),
            "-a",
            "1",
            "-0",
            "-1",
            "-t",
            String.valueOf(type),
            "-r",
            String.valueOf(ref),
            "-c",
            String.valueOf(count),
            "127.0.0.1"));
  }

  private static List<String> run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail(String.join(" ", command) + " failed:\n" + out);
      }
      return out.lines().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int exitCode(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static void require(boolean present, String message) {
    if (present) {
      return;
    }
    // CI sets PARCS_INTEROP_REQUIRED=true (or -Pinterop): there a missing peer fails the build.
    if (Boolean.getBoolean("parcs.interop.required")
        || "true".equalsIgnoreCase(System.getenv("PARCS_INTEROP_REQUIRED"))) {
      fail("interoperability required: " + message);
    }
    System.err.println("SKIPPED interoperability test: " + message);
    Assumptions.assumeTrue(false, message);
  }
}
