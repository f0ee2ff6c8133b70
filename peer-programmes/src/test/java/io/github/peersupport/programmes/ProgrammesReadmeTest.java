package io.github.peersupport.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peersupport.core.escalation.EscalationPolicy;
import io.github.peersupport.core.escalation.Routing;
import io.github.peersupport.core.person.CareRole;
import io.github.peersupport.core.programme.DeliveryModel;
import io.github.peersupport.core.programme.ReadinessRule;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Programmes" table is the code: one row per preset, in {@link Programmes#all()} order,
 * each cell computed here from the preset itself (its source, delivery models, readiness rules, and
 * where moderate depression is routed).
 */
class ProgrammesReadmeTest {

  @Test
  void readme_programmesTable_isComputedFromThePresets() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    String expected = table();
    assertThat(readme).as("the README's Programmes table; expected:%n%s", expected).contains(expected);
  }

  @Test
  void programmesTable_hasARowForEveryPreset() throws Exception {
    assertThat(table().lines().count()).isEqualTo(2 + Programmes.all().size());
  }

  static String table() throws ReflectiveOperationException {
    Map<String, String> methods = new HashMap<>();
    for (Method m : Programmes.class.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() == Programme.class) {
        methods.put(((Programme) m.invoke(null)).id().value(), m.getName());
      }
    }
    List<String> rows = new ArrayList<>();
    rows.add("| preset | follows | delivery | supporter readiness | moderate depression (PHQ-9 10–14) goes to |");
    rows.add("|---|---|---|---|---|");
    for (Programme p : Programmes.all().values()) {
      rows.add("| `Programmes." + methods.get(p.id().value()) + "()` | " + p.basis() + " | " + delivery(p) + " | "
          + readiness(p) + " | " + routing(p) + " |");
    }
    return String.join("\n", rows) + "\n";
  }

  private static String delivery(Programme p) {
    return EnumSet.copyOf(p.profile().deliveryModels()).stream().map(DeliveryModel::name).map(String::toLowerCase)
        .map(s -> s.replace('_', '-')).collect(Collectors.joining(", "));
  }

  private static String readiness(Programme p) {
    List<ReadinessRule> rules = p.matcher().policy().readiness().rules();
    if (rules.isEmpty()) {
      return "no time rule";
    }
    return rules.stream().map(r -> "`" + r.id().value() + "` ≥ " + r.minMonths() + " months"
        + r.appliesTo().map(role -> " (" + role.name().toLowerCase() + "s)").orElse("")).collect(Collectors.joining("; "));
  }

  private static String routing(Programme p) {
    EscalationPolicy e = p.escalation();
    Routing r = e.routingOf(e.rule(EscalationPolicy.PHQ9_MODERATE).orElseThrow());
    return EnumSet.copyOf(r.roles()).stream().map(CareRole::name).map(String::toLowerCase).map(s -> s.replace('_', ' '))
        .collect(Collectors.joining(", ")) + " within " + r.deadline().toHours() + " h";
  }
}
