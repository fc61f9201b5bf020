package org.patchreview.c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.patchreview.diag.Diagnostic;
import org.patchreview.tree.SourceTree;

/**
 * Differential test of our ARM EABI struct layout against a real ARM compiler, {@code arm-linux-gnueabihf-gcc}:
 * {@value #COUNT} random structs and unions (a fixed seed) in one C file, each laid out by the
 * {@link TypeResolver} the interpreter uses and by GCC, compared on sizeof, alignment, the offset and size of every
 * member outside arrays, and the bit offset and width of every named bitfield. GCC's numbers come from one
 * {@code gcc -S}: a table of {@code sizeof}/{@code _Alignof}/{@code offsetof} words, and per bitfield a union of the
 * struct and its bytes initialised with the field all ones. Without the compiler the test is skipped, except under
 * {@code CI=true}, where it fails.
 */
class ArmGccLayoutTest {
  /** The seed; {@code -Darmgcc.seed=N} explores others. */
  static final long SEED = Long.getLong("armgcc.seed", 20_251_105L);
  static final int COUNT = 300;
  private static final String GCC = "arm-linux-gnueabihf-gcc";
  private static final String FILE = "structs.c";

  /** One comparison: what is measured, our number, GCC's. */
  private record Check(String what, long ours, long gcc) {}

  @Test
  void layoutAgreesWithArmGcc() throws Exception {
    Path compiler = compiler();
    List<RandomStructs.Case> cases = new RandomStructs(SEED).cases(COUNT);
    StringBuilder source = new StringBuilder(RandomStructs.HEADER);
    cases.forEach(c -> source.append('\n').append(c.text()));
    Path dir = Files.createDirectories(Path.of("target", "arm-gcc-layout"));
    Path c = dir.resolve(FILE);
    Files.writeString(c, source + "\n" + gccProbes(cases));
    Path s = dir.resolve("structs.s");
    Path prelude = Path.of(ArmGccLayoutTest.class.getResource("/c/prelude.h").toURI());
    // GCC compiles while our front end parses the same definitions.
    Process gccRun = new ProcessBuilder(compiler.toString(), "-std=gnu11", "-O0", "-w",
        "-Wno-packed-bitfield-compat", "-I", prelude.getParent().toString(), "-S", "-o", s.toString(), c.toString())
        .redirectErrorStream(true).start();
    TypeResolver ours = ourLayout(source.toString(), Files.readAllBytes(prelude));
    GccAssembly gcc = GccAssembly.read(finish(gccRun, c, s));

    int checks = 0;
    int bitfields = 0;
    List<String> failures = new ArrayList<>();
    for (RandomStructs.Case k : cases) {
      List<Check> compared = compare(k, ours, gcc);
      checks += compared.size();
      bitfields += (int) k.probes().stream().filter(p -> p.kind() == RandomStructs.ProbeKind.BITFIELD).count();
      List<String> wrong = compared.stream().filter(x -> x.ours() != x.gcc())
          .map(x -> "  " + x.what() + ": ours " + x.ours() + ", gcc " + x.gcc()).toList();
      if (!wrong.isEmpty()) {
        failures.add(k.type() + ":\n" + String.join("\n", wrong) + "\n" + k.text());
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + COUNT + " types (seed " + SEED + ", " + checks + " checks) are laid out"
          + " differently from " + GCC + " (the C file is " + c + "); each case pastes into a snippet after these"
          + " lines:\n"
          + RandomStructs.HEADER + "\n" + String.join("\n", failures));
    }
    assertTrue(checks > 10 * COUNT && bitfields > COUNT, checks + " checks, " + bitfields + " bitfields");
  }

  /** The compiler on the PATH; skips without it, but fails under CI, which must really run the comparison. */
  private static Path compiler() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, GCC);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    if ("true".equals(System.getenv("CI"))) {
      fail(GCC + " is not on the PATH; .ci/run installs it (Debian package gcc-arm-linux-gnueabihf)");
    }
    Assumptions.abort(GCC + " is not on the PATH (Debian package gcc-arm-linux-gnueabihf)");
    return null;
  }

  private static String finish(Process p, Path c, Path s) throws IOException, InterruptedException {
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      fail(GCC + " did not compile the generated " + c + ":\n" + output);
    }
    return Files.readString(s);
  }

  /** Parses the definitions with our own front end, as a snippet would be. */
  private static TypeResolver ourLayout(String source, byte[] prelude) {
    SourceTree tree = SourceTree.of("arm-gcc-layout", Map.of(FILE, source.getBytes(StandardCharsets.UTF_8),
        "prelude.h", prelude));
    ParseResult parsed = CParser.parseFile(tree, new Config("arm-gcc-layout", Map.of()), FILE);
    assertEquals(List.of(), parsed.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::oneLine)
        .toList(), "our front end rejects the generated structs");
    return new TypeResolver(parsed.unit());
  }

  /** The file's second half, for GCC only: one table of words and one all-ones union per named bitfield. */
  private static String gccProbes(List<RandomStructs.Case> cases) {
    StringBuilder table = new StringBuilder("const unsigned int review_layout[] = {\n");
    StringBuilder unions = new StringBuilder();
    for (RandomStructs.Case k : cases) {
      String t = k.type();
      table.append("\tsizeof(").append(t).append("), _Alignof(").append(t).append("),\n");
      for (int i = 0; i < k.probes().size(); i++) {
        RandomStructs.Probe p = k.probes().get(i);
        switch (p.kind()) {
          case MEMBER -> table.append("\t__builtin_offsetof(").append(t).append(", ").append(p.path())
              .append("), sizeof(((").append(t).append(" *)0)->").append(p.path()).append("),\n");
          case FLEXIBLE -> table.append("\t__builtin_offsetof(").append(t).append(", ").append(p.path())
              .append("),\n");
          case BITFIELD -> unions.append("union { ").append(t).append(" s; unsigned char b[sizeof(").append(t)
              .append(")]; } ").append(bitsLabel(k, i)).append(" = { .s.").append(p.path()).append(" = -1 };\n");
        }
      }
    }
    return table.append("};\n").append(unions).toString();
  }

  private static String bitsLabel(RandomStructs.Case k, int probe) {
    return "review_bits_" + k.index() + "_" + probe;
  }

  private int word;

  /** Our numbers and GCC's for one case, reading GCC's table words in the order {@link #gccProbes} wrote them. */
  private List<Check> compare(RandomStructs.Case k, TypeResolver types, GccAssembly gcc) {
    byte[] table = gcc.bytes("review_layout");
    String tag = k.type().substring(k.type().indexOf(' ') + 1);
    Type.Struct t = types.struct(tag, k.type().startsWith("union"));
    List<Check> out = new ArrayList<>();
    out.add(new Check("sizeof", ours(() -> t.size()), next(table)));
    out.add(new Check("alignof", ours(() -> t.align()), next(table)));
    for (int i = 0; i < k.probes().size(); i++) {
      RandomStructs.Probe p = k.probes().get(i);
      Measured m = ours(() -> measure(t, p.path()));
      if (p.kind() == RandomStructs.ProbeKind.BITFIELD) {
        long[] bits = bitRange(gcc.bytes(bitsLabel(k, i)));
        out.add(new Check("bit offset of " + p.path(), m.bitOffset(), bits[0]));
        out.add(new Check("bit width of " + p.path(), m.bitWidth(), bits[1]));
        continue;
      }
      out.add(new Check("offsetof(" + p.path() + ")", m.offset(), next(table)));
      if (p.kind() == RandomStructs.ProbeKind.MEMBER) {
        out.add(new Check("sizeof(" + p.path() + ")", m.size(), next(table)));
      }
    }
    return out;
  }

  /** Our number, or a value no layout gives when our layout cannot answer (the mismatch then shows it). */
  private static long ours(java.util.function.LongSupplier s) {
    try {
      return s.getAsLong();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private static Measured ours(java.util.function.Supplier<Measured> s) {
    try {
      return s.get();
    } catch (RuntimeException e) {
      return new Measured(-1, -1, -1, -1);
    }
  }

  private long next(byte[] table) {
    int at = 4 * word++;
    return (table[at] & 0xffL) | (table[at + 1] & 0xffL) << 8 | (table[at + 2] & 0xffL) << 16
        | (table[at + 3] & 0xffL) << 24;
  }

  /** Where a member lies in our layout: byte offset and size, and for a bitfield its bits from the outer start. */
  private record Measured(long offset, long size, long bitOffset, long bitWidth) {}

  private static Measured measure(Type.Struct outer, String path) {
    long offset = 0;
    Type current = outer;
    StructLayout.Field field = null;
    for (String name : path.split("\\.")) {
      Type.Struct s = (Type.Struct) current;
      field = s.layout().find(name).orElseThrow();
      offset += field.offset();
      current = field.type();
    }
    long base = (offset - field.offset()) * 8;
    return field.isBitfield() ? new Measured(offset, 0, base + field.bitOffset(), field.bitWidth())
        : new Measured(offset, field.type().size(), offset * 8, -1);
  }

  /** The first set bit and the number of bits up to the last set one; bit i of byte k is bit 8k+i. */
  private static long[] bitRange(byte[] bytes) {
    if (bytes == null) {
      return new long[] {-2, -2};
    }
    long first = -1;
    long last = -1;
    for (int i = 0; i < bytes.length * 8; i++) {
      if ((bytes[i / 8] >> (i % 8) & 1) != 0) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    return new long[] {first, first < 0 ? 0 : last - first + 1};
  }
}
