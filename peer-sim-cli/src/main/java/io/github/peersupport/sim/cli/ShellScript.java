package io.github.peersupport.sim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs a JShell script and stops at its first failing statement, which {@code jshell} itself does not
 * (it reports the error, leaves the variable undefined or null, and goes on to exit 0). Used by {@code
 * bin/peer-shell script.jsh}; interactive sessions stay {@code jshell}.
 *
 * <p>The script is split into snippets with the {@code jdk.jshell} API ({@link
 * SourceCodeAnalysis#analyzeCompletion}), as {@code jshell} splits its input, and each is evaluated in turn
 * in a JShell engine (a JVM of its own, on this JVM's class path, as {@code jshell} runs snippets). A snippet that does not
 * compile, refers to something undefined, or throws ends the script: the error goes to standard error with
 * the script's name and line, and the exit status is 1. {@code /exit} and {@code /exit <int expression>} end
 * it with that status; other {@code /} commands are refused (status 1), and the end of the script is {@code
 * /exit 0}. Before the script, the {@code DEFAULT} startup's imports and the given startup scripts run with
 * their output discarded (no banner). Values are not echoed: a script prints what it prints.
 *
 * <pre>{@code
 * java -cp <class path> io.github.peersupport.sim.cli.ShellScript [--startup startup.jsh]... script.jsh
 * }</pre>
 */
public final class ShellScript {
  /** The imports of {@code jshell}'s {@code DEFAULT} startup. */
  private static final List<String> DEFAULT_IMPORTS = List.of("java.io", "java.math", "java.net", "java.nio.file",
      "java.util", "java.util.concurrent", "java.util.function", "java.util.prefs", "java.util.regex", "java.util.stream");

  /** Thrown to stop the script with an exit status. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;

    Stop(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  private final JShell shell;
  private final PrintStream err;

  private ShellScript(JShell shell, PrintStream err) {
    this.shell = shell;
    this.err = err;
  }

  /**
   * Runs a script and exits with its status.
   *
   * @param args {@code [--startup file]... script}
   */
  public static void main(String[] args) {
    List<Path> startups = new ArrayList<>();
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    while (rest.size() >= 2 && rest.get(0).equals("--startup")) {
      startups.add(Path.of(rest.get(1)));
      rest.subList(0, 2).clear();
    }
    if (rest.size() != 1) {
      System.err.println("usage: ShellScript [--startup file.jsh]... script.jsh");
      System.exit(2);
    }
    System.exit(run(startups, Path.of(rest.get(0)), System.out, System.err));
  }

  /**
   * Runs the startup scripts, then the script.
   *
   * @param startups the startup scripts, run first with their output discarded
   * @param script the script
   * @param stdout where the script's output goes
   * @param err where errors go
   * @return the exit status: 0, the status of {@code /exit}, or 1 at the first failing snippet
   */
  static int run(List<Path> startups, Path script, PrintStream stdout, PrintStream err) {
    Switch out = new Switch(stdout);
    PrintStream snippetsOut = new PrintStream(out, true, StandardCharsets.UTF_8);
    // the default engine: a JVM of its own, as jshell runs snippets (the local engine cannot redefine a
    // snippet's class, so a later import would reset earlier variables such as `sample` to null)
    try (JShell shell = JShell.builder().out(snippetsOut).err(err)
        .remoteVMOptions("-Djava.awt.headless=true", "-Dfile.encoding=UTF-8").build()) {
      shell.addToClasspath(System.getProperty("java.class.path"));
      ShellScript runner = new ShellScript(shell, err);
      out.target = OutputStream.nullOutputStream();
      runner.source("(DEFAULT startup)", DEFAULT_IMPORTS.stream().map(p -> "import " + p + ".*;")
          .collect(Collectors.joining("\n")));
      for (Path s : startups) {
        runner.source(s.toString(), read(s));
      }
      snippetsOut.flush();
      out.target = stdout;
      runner.source(script.toString(), read(script));
      snippetsOut.flush();
      return 0;
    } catch (Stop s) {
      snippetsOut.flush();
      return s.status;
    } catch (IOException e) {
      err.println(script + ": cannot read: " + e.getMessage());
      return 1;
    } catch (IllegalStateException e) {
      snippetsOut.flush();
      err.println(script + ": the JShell engine ended (System.exit in the script?): " + e.getMessage());
      return 1;
    }
  }

  /** The snippets' standard output: discarded during the startup scripts, then this JVM's. */
  private static final class Switch extends OutputStream {
    private volatile OutputStream target;

    Switch(OutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) throws IOException {
      target.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      target.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      target.flush();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** Evaluates a source's snippets in order; throws {@link Stop} at {@code /exit} or the first failure. */
  private void source(String name, String text) throws Stop {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = text;
    int line = 1;
    while (true) {
      String trimmed = skipComments(remaining);
      line += newlines(remaining.substring(0, remaining.length() - trimmed.length()));
      remaining = trimmed;
      if (remaining.isEmpty()) {
        return;
      }
      if (remaining.startsWith("/")) {
        int end = remaining.indexOf('\n');
        String command = (end < 0 ? remaining : remaining.substring(0, end)).strip();
        command(name, line, command);
        remaining = end < 0 ? "" : remaining.substring(end);
        continue;
      }
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        return;
      }
      String source = info.completeness().isComplete() ? info.source() : remaining;
      String consumed = info.completeness().isComplete() ? remaining.substring(0, remaining.length() - info.remaining().length())
          : remaining;
      if (!info.completeness().isComplete() && info.completeness() != SourceCodeAnalysis.Completeness.UNKNOWN) {
        fail(name, line, "incomplete statement at the end of the script");
      }
      eval(name, line, source);
      line += newlines(consumed);
      remaining = info.completeness().isComplete() ? info.remaining() : "";
    }
  }

  /** The text after leading white space and comments (an unclosed block comment is left for the compiler). */
  private static String skipComments(String text) {
    String t = text.stripLeading();
    while (true) {
      if (t.startsWith("//")) {
        int end = t.indexOf('\n');
        t = end < 0 ? "" : t.substring(end).stripLeading();
      } else if (t.startsWith("/*") && t.indexOf("*/", 2) >= 0) {
        t = t.substring(t.indexOf("*/", 2) + 2).stripLeading();
      } else {
        return t;
      }
    }
  }

  private void command(String name, int line, String command) throws Stop {
    if (command.equals("/exit")) {
      throw new Stop(0);
    }
    if (command.startsWith("/exit ")) {
      String expression = command.substring("/exit ".length()).strip();
      List<SnippetEvent> events = eval(name, line, "(int) (" + expression + ")");
      String value = events.isEmpty() ? null : events.get(events.size() - 1).value();
      try {
        throw new Stop(Integer.parseInt(String.valueOf(value)));
      } catch (NumberFormatException e) {
        fail(name, line, "/exit needs an int status, got " + value);
      }
    }
    fail(name, line, "JShell command " + command.split("\\s", 2)[0] + " is not supported in a script (only /exit)");
  }

  private List<SnippetEvent> eval(String name, int line, String source) throws Stop {
    List<SnippetEvent> events = shell.eval(source);
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = e.snippet();
      if (e.status() == Snippet.Status.REJECTED) {
        StringBuilder b = new StringBuilder("does not compile:");
        shell.diagnostics(snippet).forEach(d -> b.append("\n  ").append(diagnostic(line, source, d)));
        fail(name, line, b.toString());
      }
      if (e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED || e.status() == Snippet.Status.RECOVERABLE_DEFINED) {
        List<String> missing = unresolved(snippet);
        if (e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED || !missing.isEmpty()) {
          fail(name, line, "refers to something undefined: " + String.join(", ", missing));
        }
      }
      JShellException thrown = e.exception();
      if (thrown != null) {
        fail(name, line, exception(thrown));
      }
    }
    return events;
  }

  private List<String> unresolved(Snippet snippet) {
    if (snippet instanceof jdk.jshell.DeclarationSnippet) {
      return shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet).collect(Collectors.toList());
    }
    return List.of();
  }

  private static String diagnostic(int line, String source, Diag d) {
    long at = Math.max(0, Math.min(source.length(), d.getStartPosition()));
    int l = line + newlines(source.substring(0, (int) at));
    return "line " + l + ": " + d.getMessage(Locale.ROOT);
  }

  private static String exception(JShellException e) {
    StringBuilder b = new StringBuilder();
    if (e instanceof EvalException) {
      b.append("threw ").append(((EvalException) e).getExceptionClassName());
      if (e.getMessage() != null) {
        b.append(": ").append(e.getMessage());
      }
    } else if (e instanceof UnresolvedReferenceException) {
      b.append("calls a method that refers to something undefined: ")
          .append(((UnresolvedReferenceException) e).getSnippet().source().strip());
    } else {
      b.append("threw ").append(e);
    }
    for (StackTraceElement frame : e.getStackTrace()) {
      b.append("\n  at ").append(frame);
    }
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      b.append("\n  caused by ").append(c instanceof EvalException ? ((EvalException) c).getExceptionClassName() + ": "
          + c.getMessage() : c.toString());
    }
    return b.toString();
  }

  private void fail(String name, int line, String message) throws Stop {
    System.out.flush();
    err.println(name + ":" + line + ": " + message);
    err.flush();
    throw new Stop(1);
  }

  private static int newlines(String s) {
    return (int) s.chars().filter(c -> c == '\n').count();
  }
}
