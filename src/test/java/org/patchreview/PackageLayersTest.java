package org.patchreview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers in the pipeline's direction (docs/ARCHITECTURE.md): a class may use its own package and
 * the layers below its own, never one beside or above. Read from the compiled classes' constant pools, so an import,
 * a fully qualified name, a field or method signature and a lambda all count.
 */
class PackageLayersTest {
  /** Bottom first. "" is the root package, org.patchreview itself (the facade). */
  static final List<Set<String>> LAYERS = List.of(
      Set.of("memo", "diag", "grammar"),
      Set.of("tree"),
      Set.of("mail"),
      Set.of("c"),
      Set.of("patch"),
      Set.of("interp"),
      Set.of("observe", "hw"),
      Set.of("scenario"),
      Set.of("diff"),
      Set.of("report"),
      Set.of("corpus"),
      Set.of(""),
      Set.of("regression", "build"),
      Set.of("cli"));

  private static final Pattern REFERENCE = Pattern.compile("org/patchreview/((?:[a-z0-9_]+/)*)[A-Za-z_$][\\w$]*");

  @Test
  void everyPackageUsesOnlyItselfAndTheLayersBelow() throws IOException, URISyntaxException {
    Map<String, Set<String>> uses = uses(classes());
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
      int from = layer(e.getKey());
      for (String used : e.getValue()) {
        if (!used.equals(e.getKey()) && layer(used) >= from) {
          wrong.add(name(e.getKey()) + " -> " + name(used));
        }
      }
    }
    assertEquals(List.of(), wrong, "uses that go sideways or up the layers");
  }

  @Test
  void everyPackageHasAPlaceAndAPackageInfo() throws IOException, URISyntaxException {
    Path classes = classes();
    Set<String> packages = uses(classes).keySet();
    List<String> unplaced = packages.stream().filter(p -> LAYERS.stream().noneMatch(l -> l.contains(p))).toList();
    assertEquals(List.of(), unplaced, "packages not in LAYERS: give each a place in the pipeline");
    Path sources = Path.of("src/main/java/org/patchreview");
    for (String p : packages) {
      if (!p.equals("") && !p.equals("grammar")) {
        assertTrue(Files.isRegularFile(sources.resolve(p).resolve("package-info.java")), name(p)
            + " has no package-info.java");
      }
    }
  }

  private static String name(String pkg) {
    return pkg.isEmpty() ? "org.patchreview" : pkg.replace('/', '.');
  }

  private static int layer(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;   // unplaced: reported by the other test, and never below anything here
  }

  private static Path classes() throws URISyntaxException {
    return Path.of(Review.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Package (path below org/patchreview, without the trailing slash) to the packages its classes name. */
  static Map<String, Set<String>> uses(Path classes) throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    Path root = classes.resolve("org/patchreview");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String rel = root.relativize(f.getParent()).toString().replace('\\', '/');
        Set<String> used = out.computeIfAbsent(rel, k -> new TreeSet<>());
        try (InputStream in = Files.newInputStream(f)) {
          for (String text : utf8Constants(in)) {
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
              String p = m.group(1);
              used.add(p.isEmpty() ? "" : p.substring(0, p.length() - 1));
            }
          }
        }
      }
    }
    return out;
  }

  /** The UTF-8 constants of a class file: every class, descriptor and signature it names is among them. */
  private static List<String> utf8Constants(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    List<String> out = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> out.add(in.readUTF());
        case 7, 8, 16, 19, 20 -> in.skipBytes(2);
        case 15 -> in.skipBytes(3);
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
        case 5, 6 -> {
          in.skipBytes(8);
          i++;   // eight-byte constants take two slots
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return out;
  }
}
