// Interpreter speed, warm, in statements per second (what the step budget counts), with the sanitizer's memory
// checks on (as review always runs) and off (accesses then fault only outside any object).
// Run after a build:  java -Xss8m -cp target/review.jar bench/InterpreterSpeed.java [seconds-per-measure]
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.patchreview.c.CParser;
import org.patchreview.c.Config;
import org.patchreview.c.ParseResult;
import org.patchreview.c.Span;
import org.patchreview.interp.Environment;
import org.patchreview.interp.ExecutionListener;
import org.patchreview.interp.Machine;
import org.patchreview.interp.Primitives;
import org.patchreview.interp.Program;
import org.patchreview.tree.SourceTree;

public class InterpreterSpeed {
  // Loop-heavy kernel-style C: a list walk over stack objects, a kmalloc'ed table filled and hashed, bit twiddling.
  private static final String C = """
      typedef unsigned int u32;
      typedef unsigned char u8;
      typedef unsigned int size_t;
      void *kmalloc(size_t size, unsigned int flags);
      void kfree(const void *p);
      struct item { u32 key; u32 value; struct item *next; };
      static u32 mix(u32 x) { return (x ^ (x >> 7)) * 2654435761u; }
      u32 walk(int n)
      {
        struct item items[64];
        u32 sum = 0;
        int i, j;
        for (i = 0; i < 64; i++) {
          items[i].key = i;
          items[i].value = mix(i);
          items[i].next = i ? &items[i - 1] : 0;
        }
        for (j = 0; j < n; j++) {
          struct item *p = &items[63];
          while (p) {
            sum += p->value ^ j;
            p = p->next;
          }
        }
        return sum;
      }
      u32 table(int n)
      {
        u32 *t = kmalloc(256 * sizeof(u32), 0xcc0);
        u8 *bytes;
        u32 h = 0;
        int i, j;
        for (i = 0; i < 256; i++)
          t[i] = mix(i);
        bytes = (u8 *)t;
        for (j = 0; j < n; j++)
          for (i = 0; i < 1024; i += 4)
            h = (h << 5) + h + bytes[i] + (t[(h >> 3) & 255] & 0xff);
        kfree(t);
        return h;
      }
      """;

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    SourceTree tree = SourceTree.of("bench", Map.of("bench.c", C.getBytes(StandardCharsets.UTF_8)));
    ParseResult parsed = CParser.parseFile(tree, new Config("bench", Map.of()), "bench.c");
    if (parsed.hasErrors()) {
      throw new IllegalStateException(parsed.diagnostics().toString());
    }
    Program program = Program.link("bench", List.of(parsed.unit()), Primitives::lookup);
    for (String fn : List.of("walk", "table")) {
      measure(program, fn, true, seconds); // warm-up
      measure(program, fn, false, seconds);
      double on = measure(program, fn, true, seconds);
      double off = measure(program, fn, false, seconds);
      System.out.printf("%-6s checks on %6.1f M steps/s   off %6.1f M steps/s   checks cost %4.1f%%%n", fn,
          on / 1e6, off / 1e6, 100 * (off - on) / off);
    }
  }

  /** Steps per second over calls of {@code fn(2000)} for about {@code seconds}. */
  private static double measure(Program program, String fn, boolean checks, double seconds) {
    long steps = 0;
    long t0 = System.nanoTime();
    long deadline = t0 + (long) (seconds * 1e9);
    long now;
    do {
      Machine m = Machine.create(program, Environment.NONE, ExecutionListener.NONE,
          new Machine.Budget(Long.MAX_VALUE, 256, 1 << 20));
      m.memory().sanitize(checks);
      m.call(fn, Span.NONE, 2000);
      steps += m.stepsTaken();
      now = System.nanoTime();
    } while (now < deadline);
    return steps / ((now - t0) / 1e9);
  }
}
