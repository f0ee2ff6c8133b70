package io.github.peersupport.sim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's arguments: positional ones in order, and options {@code --name value} (or {@code
 * --name=value}) and flags {@code --name}, each at most once and each one the command knows.
 */
final class Arguments {
  private final List<String> positional;
  private final Map<String, String> options;

  private Arguments(List<String> positional, Map<String, String> options) {
    this.positional = List.copyOf(positional);
    this.options = Map.copyOf(options);
  }

  /**
   * Reads the arguments after the command's name.
   *
   * @param args the arguments
   * @param valued the options that take a value, without {@code --}
   * @param flags the options that take none
   */
  static Arguments parse(List<String> args, Set<String> valued, Set<String> flags) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--")) {
        positional.add(a);
        continue;
      }
      int eq = a.indexOf('=');
      String name = eq < 0 ? a.substring(2) : a.substring(2, eq);
      String value;
      if (flags.contains(name) && eq < 0) {
        value = "true";
      } else if (!valued.contains(name)) {
        throw new UsageException("unknown option " + SeedRange.shown(a));
      } else if (eq >= 0) {
        value = a.substring(eq + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new UsageException("--" + name + ": needs a value");
      }
      if (options.put(name, value) != null) {
        throw new UsageException("--" + name + ": given twice");
      }
    }
    return new Arguments(positional, options);
  }

  List<String> positional() {
    return positional;
  }

  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  String required(String name) {
    return option(name).orElseThrow(() -> new UsageException("--" + name + ": required"));
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }
}
