package io.github.peersupport.sim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/peer-shell script.jsh}'s runner: a script stops at its first failing snippet (a compile
 * error, an undefined name, an exception) with status 1 and the error on standard error; {@code /exit n}
 * ends it with status n; the startup scripts run first, without their banner.
 */
class ShellScriptTest {
  private static final Path REPO = Path.of(System.getProperty("peer.sim.repo", ".."));
  private static final List<Path> STARTUPS = List.of(REPO.resolve("peer-sim/src/main/jshell/startup.jsh"),
      REPO.resolve("peer-json/src/main/jshell/startup.jsh"));

  record Result(int exit, String out, String err) {}

  private static Result run(Path dir, String script) throws IOException {
    Path file = Files.writeString(dir.resolve("script.jsh"), script);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ShellScript.run(STARTUPS, file, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void scripts_stopAtTheFirstFailingStatementWithStatusOne(@TempDir Path dir) throws IOException {
    Result thrown = run(dir, "System.out.println(\"before\");\n"
        + "var arm = sample.withCohort(sample.cohort().withSupporters(-3));\n"
        + "System.out.println(\"after \" + arm);\n");
    assertThat(thrown.exit()).as(thrown.err()).isEqualTo(1);
    assertThat(thrown.out()).contains("before").doesNotContain("after").doesNotContain("peer-sim ready");
    assertThat(thrown.err()).startsWith(dir.resolve("script.jsh") + ":2: threw io.github.peersupport.core.ValidationException: "
        + "supporters: must be between 1 and 100000 but was -3");

    Result compile = run(dir, "int a = 1;\n\n// next: a typo\nint b = c + 1;\nSystem.out.println(\"after\");\n");
    assertThat(compile.exit()).isEqualTo(1);
    assertThat(compile.out()).doesNotContain("after");
    assertThat(compile.err()).contains("script.jsh:4: does not compile:", "cannot find symbol");

    Result undefined = run(dir, "void f() { g(); }\nSystem.out.println(\"after\");\n");
    assertThat(undefined.exit()).isEqualTo(1);
    assertThat(undefined.err()).contains("script.jsh:1: refers to something undefined");

    Result command = run(dir, "/vars\n");
    assertThat(command.exit()).isEqualTo(1);
    assertThat(command.err()).contains("script.jsh:1: JShell command /vars is not supported");
  }

  @Test
  void scripts_runToTheEndOrExitWithTheirStatus(@TempDir Path dir) throws IOException {
    Result ok = run(dir, "/* a sweep */\nvar r = sample.withHorizonWeeks(2).run(7);\nSystem.out.println(\"seed \" + r.seed());\n"
        + "String json = PeerJson.write(sample.withHorizonWeeks(2));\nSystem.out.println(json.startsWith(\"{\"));\n");
    assertThat(ok.exit()).as(ok.err()).isZero();
    assertThat(ok.out()).isEqualTo("seed 7" + System.lineSeparator() + "true" + System.lineSeparator());
    assertThat(ok.err()).isEmpty();

    Result exit = run(dir, "int status = 3;\n/exit status\nSystem.out.println(\"after\");\n");
    assertThat(exit.exit()).isEqualTo(3);
    assertThat(exit.out()).doesNotContain("after");
  }
}
