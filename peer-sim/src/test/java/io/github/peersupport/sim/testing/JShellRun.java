package io.github.peersupport.sim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a JShell script non-interactively the way {@code bin/peer-shell} does: this JDK's {@code
 * jshell}, the test class path, headless, the {@code DEFAULT} startup then the given startup scripts.
 * Shared by peer-sim's and peer-json's launcher tests (peer-sim's test-jar).
 *
 * @param exit the exit status
 * @param out standard output and error, interleaved
 */
public record JShellRun(int exit, String out) {
  /**
   * Runs a script in a folder and waits up to five minutes for it (the test fails if it does not end).
   *
   * @param dir the working folder (output goes to {@code out.txt} there)
   * @param env environment variables to set; {@code PEER_SCENARIO} and {@code PEER_SEED} are otherwise removed
   * @param startups the startup scripts after {@code DEFAULT}, in order
   * @param script the script
   * @return the exit status and output, also printed for the test log
   * @throws IOException if the process cannot start or its output cannot be read
   * @throws InterruptedException if interrupted while waiting
   */
  public static JShellRun of(Path dir, Map<String, String> env, List<Path> startups, Path script)
      throws IOException, InterruptedException {
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    assertThat(jshell).as("jshell of this JDK").exists();
    List<String> command = new ArrayList<>(List.of(jshell.toString(), "-R-Djava.awt.headless=true",
        "--class-path", System.getProperty("java.class.path"), "--startup", "DEFAULT"));
    for (Path startup : startups) {
      command.add("--startup");
      command.add(startup.toAbsolutePath().toString());
    }
    command.add(script.toAbsolutePath().toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.txt").toFile());
    builder.environment().remove("PEER_SCENARIO");
    builder.environment().remove("PEER_SEED");
    builder.environment().putAll(env);
    Process process = builder.start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    if (!done) {
      process.destroyForcibly();
    }
    String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
    System.out.println(out);
    assertThat(done).as("jshell finished").isTrue();
    return new JShellRun(process.exitValue(), out);
  }
}
