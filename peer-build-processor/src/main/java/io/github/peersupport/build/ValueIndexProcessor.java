package io.github.peersupport.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the value index of a module while it compiles: every Immutables value type of the library (an
 * abstract type annotated {@code @Value.Immutable} and with the library's style {@code PeerStyle} or
 * {@code PeerTuple}) with its attributes in source declaration order, so that peer-json can map the
 * values with a defined property order and no generated source.
 *
 * <p>The order is the order of {@link TypeElement#getEnclosedElements()}, which for a type read from a
 * source file is specified to be source code order (see that method's Javadoc in {@code
 * javax.lang.model.element}); {@code Class.getDeclaredMethods()} and {@code getDeclaredFields()} promise no
 * order. An attribute is, as for Immutables: a non-static, non-private method without parameters and with
 * a result that is abstract or annotated {@code @Value.Default}; methods annotated {@code @Value.Derived} or
 * {@code @Value.Lazy} are computed, not set, and are not attributes. A value type must declare each of its
 * attributes itself (an inherited abstract accessor is redeclared) so that its position is defined: an
 * attribute inherited without redeclaration is a compile error naming the type and the method.
 *
 * <p>The index is the resource {@value #DIRECTORY}{@code <module name>.index} in the module's class
 * output, UTF-8, one value type a line: its binary name, then its attribute names, separated by single
 * spaces; lines are sorted by binary name and {@code #} starts a comment line. Resources under {@code
 * META-INF} are not encapsulated by the module system, so another module reads it with {@code
 * Module.getResourceAsStream}. Cost: linear in the number of members of the value types.
 */
public final class ValueIndexProcessor extends AbstractProcessor {
  /** The directory of the index resources in a module's class output. */
  public static final String DIRECTORY = "META-INF/io.github.peersupport/values/";

  /** The first line of every index: its format and version. */
  public static final String HEADER = "# peer value index 1: binary name, then the attributes in declaration order";

  private static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  private static final String DEFAULT = "org.immutables.value.Value.Default";
  private static final Set<String> COMPUTED = Set.of("org.immutables.value.Value.Derived",
      "org.immutables.value.Value.Lazy");
  private static final String PEER_STYLE = "io.github.peersupport.core.style.PeerStyle";
  private static final String PEER_TUPLE = "io.github.peersupport.core.style.PeerTuple";

  private final Map<String, List<String>> types = new TreeMap<>();
  private String module = "";

  /** Creates the processor; javac calls this constructor through {@link java.util.ServiceLoader}. */
  public ValueIndexProcessor() {}

  /**
   * Returns the two style annotations of the library.
   *
   * @return their qualified names
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(PEER_STYLE, PEER_TUPLE);
  }

  /**
   * Returns the latest source version: the processor reads only declarations, which every version has.
   *
   * @return {@link SourceVersion#latestSupported()}
   */
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Collects the value types of a round; writes the index after the last round.
   *
   * @param annotations the style annotations present in this round
   * @param round the round
   * @return false: the styles are Immutables' to process as well
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e instanceof TypeElement && has(e, IMMUTABLE)) {
          add((TypeElement) e);
        }
      }
    }
    if (round.processingOver() && !types.isEmpty()) {
      write();
    }
    return false;
  }

  private void add(TypeElement type) {
    String binaryName = processingEnv.getElementUtils().getBinaryName(type).toString();
    List<String> attributes = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (isAttribute(member, true)) {
        attributes.add(member.getSimpleName().toString());
      }
    }
    for (Element member : processingEnv.getElementUtils().getAllMembers(type)) {
      String name = member.getSimpleName().toString();
      if (!member.getEnclosingElement().equals(type) && isAttribute(member, false) && !declares(type, name)) {
        error(type, binaryName + " inherits the attribute " + name + "() from " + member.getEnclosingElement()
            + ": redeclare it in the value type, so that its position in the JSON wire format is defined");
      }
    }
    types.put(binaryName, attributes);
    ModuleElement m = processingEnv.getElementUtils().getModuleOf(type);
    String name = m == null || m.isUnnamed() ? "" : m.getQualifiedName().toString();
    if (name.isEmpty()) {
      error(type, "the value index needs a named module: " + binaryName + " is compiled without module-info.java");
    } else if (!module.isEmpty() && !module.equals(name)) {
      error(type, "the value index covers one module per compilation: " + module + " and " + name);
    }
    module = name;
  }

  private static boolean isAttribute(Element member, boolean allowDefault) {
    if (member.getKind() != ElementKind.METHOD) {
      return false;
    }
    ExecutableElement method = (ExecutableElement) member;
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.PRIVATE) || !method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID) {
      return false;
    }
    for (String computed : COMPUTED) {
      if (has(method, computed)) {
        return false;
      }
    }
    return modifiers.contains(Modifier.ABSTRACT) || (allowDefault && has(method, DEFAULT));
  }

  private static boolean declares(TypeElement type, String methodName) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD && member.getSimpleName().contentEquals(methodName)
          && ((ExecutableElement) member).getParameters().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return true;
      }
    }
    return false;
  }

  private void write() {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    types.forEach((type, attributes) -> {
      text.append(type);
      attributes.forEach(a -> text.append(' ').append(a));
      text.append('\n');
    });
    try {
      FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
          DIRECTORY + module + ".index");
      try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(text.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("value index: cannot write " + DIRECTORY + module + ".index", e);
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
