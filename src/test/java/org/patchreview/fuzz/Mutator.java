package org.patchreview.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a patch mail, the kinds that once found internal errors and hangs: bytes and lines, hunk
 * counts, MIME structure, hostile paths, long lines, and C inserted into a patched function with its hunk recounted,
 * so that the patch still applies and the C runs. Every mutation is a function of the seed mail and the random
 * source alone, so a seed and an index reproduce an input.
 */
final class Mutator {
  /** The kinds, named in reports; a kind's weight is how many times it appears here. */
  enum Kind { BYTES, LINES, HUNK_COUNTS, MIME, PATH, LONG_LINE, C }

  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@(.*)$");
  private static final Pattern DIFF_PATH = Pattern.compile("^diff --git a/(\\S*) b/(\\S*)$", Pattern.MULTILINE);

  private static final String[] PATHS = {"../../etc/passwd", "/etc/passwd", "a\\b.c", ".git/config", "", ".",
      "arch//arm/x.c", "x\u0001y.c", "arch/arm/mm/../mm/dma-mapping.c", "d/".repeat(120) + "x.c", "dir/",
      "..\\x", "arch/arm/mm/dma-mapping.c\u0000", "-", "\"quoted name.c\"", "arch/arm/mm/dma mapping.c"};

  /** C that once crashed or hung review, and C that must simply run: statements for a function body. */
  static final String[] C = {
      "while (dev) ;", "for (;;) ;", "do { } while (1);", "memset(dev, 0, 0xffffffff);", "memset(dev, 0, -1);",
      "memcpy(dev, dev, 0x7fffffff);", "{ char big[0x10000000]; big[1] = 0; }", "{ char big[0x60000000]; }",
      "{ static char g[0x800000]; g[0] = 1; }", "kfree(dev);", "kfree(dev); kfree(dev);", "dev = NULL;",
      "*(volatile int *)0 = 1;", "{ int z = 0; z = 1 / z; }", "{ int x = 099; }", "{ long long y = 1LL << 70; }",
      "{ int y = 0x1ffffffffffffffff1; }", "goto nowhere;", "arch_teardown_dma_ops(dev);", "__builtin_trap();",
      "asm(\"nop\");", "kmalloc(0x7fffffff, 0);", "{ void *p = kmalloc(0x1000000, 0); }",
      "dev->dma_ops = (void *)-12;", "{ int a[4]; a[100000] = 1; }", "{ char *s = \"abc\"; s[1] = 0; }",
      "((void (*)(void))0x1234)();", "{ struct device *d = dev + 100000; d->dma_ops = 0; }",
      "{ unsigned int i; for (i = 0; i < 100000000; i++) ; }", "{ int n = 5; while (n--) dev->dma_ops = 0; }",
      "WARN_ON(1);", "{ int x; x = x + 1; }", "return;", "{ union { int i; char c; } u; u.i = 1; }",
      "{ int q = sizeof(struct nosuch); }", "undeclared_function(dev);", "{ int x = (1 ? 2 : 3) ; }",
  };

  private Mutator() {}

  static Kind kind(Random r) {
    // Weighted so that most inputs fail early (mail and patch stages) and a share are replayed.
    int p = r.nextInt(100);
    return p < 22 ? Kind.BYTES : p < 44 ? Kind.LINES : p < 54 ? Kind.HUNK_COUNTS : p < 64 ? Kind.MIME
        : p < 72 ? Kind.PATH : p < 78 ? Kind.LONG_LINE : Kind.C;
  }

  static byte[] mutate(byte[] seed, Kind kind, Random r) {
    String text = new String(seed, StandardCharsets.ISO_8859_1);
    return switch (kind) {
      case BYTES -> bytes(seed, r);
      case LINES -> latin(lines(text, r));
      case HUNK_COUNTS -> latin(hunkCounts(text, r));
      case MIME -> latin(mime(text, r));
      case PATH -> latin(path(text, r));
      case LONG_LINE -> latin(longLine(text, r));
      case C -> latin(insertC(text, r));
    };
  }

  private static byte[] latin(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(byte[] seed, Random r) {
    byte[] b = seed.clone();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n && b.length > 0; i++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(4)) {
        case 0 -> b[at] = (byte) r.nextInt(256);
        case 1 -> b[at] ^= (byte) (1 << r.nextInt(8));
        case 2 -> {
          byte[] c = new byte[b.length + 1];
          System.arraycopy(b, 0, c, 0, at);
          c[at] = new byte[] {0, '\r', '\n', (byte) 0xff, '-', '+', ' ', '@'}[r.nextInt(8)];
          System.arraycopy(b, at, c, at + 1, b.length - at);
          b = c;
        }
        default -> {
          int len = Math.min(b.length - at, 1 + r.nextInt(64));
          byte[] c = new byte[b.length - len];
          System.arraycopy(b, 0, c, 0, at);
          System.arraycopy(b, at + len, c, at, b.length - at - len);
          b = c;
        }
      }
    }
    return r.nextInt(10) == 0 ? Arrays.copyOf(b, r.nextInt(b.length + 1)) : b;
  }

  private static String lines(String text, Random r) {
    List<String> l = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n && !l.isEmpty(); i++) {
      int at = r.nextInt(l.size());
      switch (r.nextInt(5)) {
        case 0 -> l.remove(at);
        case 1 -> l.add(at, l.get(at));
        case 2 -> {
          int other = r.nextInt(l.size());
          String t = l.get(at);
          l.set(at, l.get(other));
          l.set(other, t);
        }
        case 3 -> l.set(at, l.get(at).isEmpty() ? "" : l.get(at).substring(1));
        default -> l.add(at, new String[] {"", "From x", "-- ", "---", "@@ -1 +1 @@", "diff --git a/x b/x", "+",
            "-", " ", "\\ No newline at end of file", "index 0000000..1111111 100644", "Subject: [PATCH 2/1] x",
            "In-Reply-To: <x@y>", "Content-Type: multipart/mixed"}[r.nextInt(14)]);
      }
    }
    return String.join("\n", l);
  }

  private static String hunkCounts(String text, Random r) {
    String[] l = text.split("\n", -1);
    List<Integer> hunks = new ArrayList<>();
    for (int i = 0; i < l.length; i++) {
      if (HUNK.matcher(l[i]).matches()) {
        hunks.add(i);
      }
    }
    if (hunks.isEmpty()) {
      return lines(text, r);
    }
    int at = hunks.get(r.nextInt(hunks.size()));
    Matcher m = HUNK.matcher(l[at]);
    m.matches();
    long[] v = new long[4];
    for (int i = 0; i < 4; i++) {
      v[i] = m.group(i + 1) == null ? 1 : Long.parseLong(m.group(i + 1));
    }
    int which = r.nextInt(4);
    v[which] = switch (r.nextInt(5)) {
      case 0 -> 0;
      case 1 -> v[which] + 1 + r.nextInt(3);
      case 2 -> Math.max(0, v[which] - 1 - r.nextInt(3));
      case 3 -> 4294967296L + r.nextInt(10);
      default -> 99999999999999999L;
    };
    l[at] = "@@ -" + v[0] + "," + v[1] + " +" + v[2] + "," + v[3] + " @@" + m.group(5);
    return String.join("\n", l);
  }

  private static String mime(String text, Random r) {
    int end = text.indexOf("\n\n");
    if (end < 0) {
      return text;
    }
    String headers = text.substring(0, end);
    String body = text.substring(end + 2);
    return switch (r.nextInt(7)) {
      case 0 -> headers + "\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n" + body;
      case 1 -> headers + "\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n--zz\nContent-Type: text/plain\n\n"
          + body + "\n--zz\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n%%%not base64%%%\n";
      case 2 -> headers + "\nContent-Transfer-Encoding: base64\n\n" + body;
      case 3 -> headers + "\nContent-Type: text/plain; charset=x-no-such-charset\n\n" + body;
      case 4 -> headers + "\nContent-Transfer-Encoding: quoted-printable\n\n" + body.replace("\t", "=0").replace(
          "(", "=G");
      case 5 -> headers.replaceFirst("Subject: ", "Subject: =?utf-8?B?####?= =?x?Q?=ZZ?= ") + "\n\n" + body;
      default -> headers + "\nContent-Type: multipart/alternative; boundary=\"\"\n\n--\n\n" + body + "\n----\n";
    };
  }

  private static String path(String text, Random r) {
    Matcher m = DIFF_PATH.matcher(text);
    if (!m.find()) {
      return lines(text, r);
    }
    String old = m.group(2);
    String hostile = PATHS[r.nextInt(PATHS.length)];
    return switch (r.nextInt(3)) {
      case 0 -> text.replace("b/" + old, "b/" + hostile);
      case 1 -> text.replace("a/" + old, "a/" + hostile);
      default -> text.replace(old, hostile);
    };
  }

  private static String longLine(String text, Random r) {
    String[] l = text.split("\n", -1);
    int at = r.nextInt(l.length);
    int len = new int[] {10_000, 200_000, 1_100_000}[r.nextInt(3)];
    char c = "a(+-\t x/*\"".charAt(r.nextInt(10));
    String line = (r.nextBoolean() ? "+" : "") + String.valueOf(c).repeat(len);
    l[at] = r.nextBoolean() ? line : l[at] + line;
    return String.join("\n", l);
  }

  /**
   * Inserts a statement after an added or context line inside a function body of a hunk, and recounts the hunk so the
   * patch still applies: what the C then does is what review must report, never crash on.
   */
  static String insertC(String text, Random r) {
    String[] l = text.split("\n", -1);
    List<Integer> places = new ArrayList<>();
    int hunk = -1;
    for (int i = 0; i < l.length; i++) {
      if (l[i].startsWith("@@ ")) {
        hunk = i;
      } else if (hunk >= 0 && (l[i].startsWith("+\t") || l[i].startsWith(" \t")) && l[i].trim().endsWith(";")
          && !l[i].contains("return")) {
        places.add(i);
      } else if (l[i].startsWith("diff ") || l[i].startsWith("-- ")) {
        hunk = -1;
      }
    }
    if (places.isEmpty()) {
      return lines(text, r);
    }
    int at = places.get(r.nextInt(places.size()));
    String stmt = r.nextInt(8) == 0 ? generatedC(r) : C[r.nextInt(C.length)];
    int header = at;
    while (!l[header].startsWith("@@ ")) {
      header--;
    }
    Matcher m = HUNK.matcher(l[header]);
    if (!m.matches()) {
      return text;
    }
    long newCount = m.group(4) == null ? 1 : Long.parseLong(m.group(4));
    l[header] = "@@ -" + m.group(1) + (m.group(2) == null ? "" : "," + m.group(2)) + " +" + m.group(3) + ","
        + (newCount + 1) + " @@" + m.group(5);
    List<String> out = new ArrayList<>(Arrays.asList(l));
    out.add(at + 1, "+\t" + stmt);
    return String.join("\n", out);
  }

  /** Statements too large to list: nesting, long expressions, a macro that doubles. */
  private static String generatedC(Random r) {
    int n = new int[] {50, 600, 5_000}[r.nextInt(3)];
    return switch (r.nextInt(4)) {
      case 0 -> "if (dev) ".repeat(n) + ";";
      case 1 -> "dev->dma_ops = (" + "(".repeat(n) + "0" + ")".repeat(n) + ");";
      case 2 -> "{ int s = 0; s = " + "s + ".repeat(n) + "1; }";
      default -> "{ " + "{ ".repeat(n) + "}".repeat(n) + " }";
    };
  }
}
