package io.github.peersupport.core.testing;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a method's parameter names from the {@code MethodParameters} attribute of its class file as
 * stored on disk ({@code javac -parameters}); an agent that instruments loaded classes (Jazzer in the
 * fuzz tests) may drop the attribute, so reflection alone cannot be trusted in a shared test JVM.
 */
final class ParameterNames {
  private ParameterNames() {}

  /**
   * Returns the names of the method's parameters.
   *
   * @param m the method
   * @return the names, empty if the class file has none
   */
  static List<String> of(Method m) {
    Class<?> type = m.getDeclaringClass();
    String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
    try (InputStream raw = type.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("no class file for " + type.getName());
      }
      return read(new DataInputStream(raw), m.getName(), descriptor(m));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> read(DataInputStream in, String name, String descriptor) throws IOException {
    in.readInt(); // magic
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IllegalStateException("constant pool tag " + tag);
      }
    }
    in.readUnsignedShort(); // access
    in.readUnsignedShort(); // this
    in.readUnsignedShort(); // super
    int interfaces = in.readUnsignedShort();
    in.skipNBytes(2L * interfaces);
    int fields = in.readUnsignedShort();
    for (int i = 0; i < fields; i++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    int methods = in.readUnsignedShort();
    for (int i = 0; i < methods; i++) {
      in.readUnsignedShort(); // access
      String methodName = utf8[in.readUnsignedShort()];
      String methodDescriptor = utf8[in.readUnsignedShort()];
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("MethodParameters") && methodName.equals(name) && methodDescriptor.equals(descriptor)) {
          int n = in.readUnsignedByte();
          List<String> names = new ArrayList<>();
          for (int k = 0; k < n; k++) {
            int index = in.readUnsignedShort();
            in.readUnsignedShort(); // flags
            names.add(index == 0 ? "" : utf8[index]);
          }
          return names;
        }
        in.skipNBytes(length);
      }
    }
    return List.of();
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.readUnsignedShort();
      in.skipNBytes(in.readInt());
    }
  }

  private static String descriptor(Method m) {
    StringBuilder b = new StringBuilder("(");
    for (Class<?> p : m.getParameterTypes()) {
      b.append(descriptor(p));
    }
    return b.append(')').append(descriptor(m.getReturnType())).toString();
  }

  private static String descriptor(Class<?> c) {
    if (c.isArray()) {
      return "[" + descriptor(c.getComponentType());
    }
    if (c.isPrimitive()) {
      return switch (c.getName()) {
        case "int" -> "I";
        case "long" -> "J";
        case "double" -> "D";
        case "float" -> "F";
        case "boolean" -> "Z";
        case "byte" -> "B";
        case "char" -> "C";
        case "short" -> "S";
        default -> "V";
      };
    }
    return "L" + c.getName().replace('.', '/') + ";";
  }
}
