package org.patchreview.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random struct and union definitions for comparing our layout with a real ARM compiler: every integer type
 * and the kernel's fixed-width typedefs, pointers, function pointers, enums, arrays, nested and anonymous members,
 * bitfields (unnamed, zero-width, straddling), {@code packed} and {@code aligned} on structs, members and typedefs.
 * Case {@code i} depends only on the seed and {@code i}, and its text is self-contained given {@link #HEADER}.
 */
final class RandomStructs {
  /**
   * What every case may use: the C snippets' prelude (the kernel's {@code u8}..{@code s64} and {@code bool}) and
   * the attribute macros as the kernel's {@code compiler.h} spells them.
   */
  static final String HEADER = """
      #include "prelude.h"
      #define __packed __attribute__((__packed__))
      #define __aligned(x) __attribute__((__aligned__(x)))
      """;

  /** What to measure in a case: a member's offset and size, a flexible array's offset, or a bitfield's bits. */
  enum ProbeKind { MEMBER, FLEXIBLE, BITFIELD }

  /** A member by its dotted path from the outer type (anonymous members are looked through, not named). */
  record Probe(String path, ProbeKind kind) {}

  /** One generated definition: {@code type} is {@code struct sN} or {@code union sN}; {@code text} defines it. */
  record Case(int index, String type, String text, List<Probe> probes) {}

  private static final String[] SCALARS = {"char", "signed char", "unsigned char", "short", "unsigned short",
      "short int", "unsigned short int", "int", "unsigned int", "unsigned", "signed", "long", "unsigned long",
      "long int", "long long", "unsigned long long", "long long int", "u8", "s8", "u16", "s16", "u32", "s32",
      "u64", "s64", "bool", "_Bool", "float", "double", "void *", "char *", "u64 *", "const char *", "volatile u32",
      "const int", "const volatile u16"};
  private static final String[] BITFIELD_TYPES = {"char", "signed char", "unsigned char", "short",
      "unsigned short", "int", "signed int", "unsigned int", "unsigned", "long", "unsigned long", "long long",
      "unsigned long long", "u8", "s8", "u16", "s16", "u32", "s32", "u64", "s64", "bool", "_Bool"};
  private static final int[] BITFIELD_BITS = {8, 8, 8, 16, 16, 32, 32, 32, 32, 32, 32, 64, 64, 8, 8, 16, 16, 32,
      32, 64, 64, 1, 1};
  private static final Integer[] ALIGNMENTS = {1, 2, 4, 8, 16, 32};

  private final long seed;

  RandomStructs(long seed) {
    this.seed = seed;
  }

  List<Case> cases(int count) {
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new Builder(new Random(seed * 1_000_003L + i), i).build());
    }
    return out;
  }

  /** A type as a declaration around a name: {@code prefix + name + suffix} ({@code int (*} name {@code )(void)}). */
  private record Declared(String prefix, String suffix, int bits) {
    String declare(String name) {
      return prefix + (prefix.endsWith("*") || prefix.endsWith("(") ? "" : " ") + name + suffix;
    }
  }

  /** Builds one case: helper types go into {@code before}, probes collect the measurable paths. */
  private static final class Builder {
    private final Random r;
    private final int index;
    private final String prefix;
    private final StringBuilder before = new StringBuilder();
    private final List<Probe> probes = new ArrayList<>();
    private final List<String> helpers = new ArrayList<>();
    private final List<Declared> enums = new ArrayList<>();
    private int names;

    Builder(Random r, int index) {
      this.r = r;
      this.index = index;
      this.prefix = "s" + index;
    }

    Case build() {
      boolean union = r.nextInt(5) == 0;
      String keyword = union ? "union" : "struct";
      String definition = definition(keyword, prefix, 0, "", !union && r.nextInt(10) == 0, true);
      return new Case(index, keyword + " " + prefix, before + definition + ";\n", List.copyOf(probes));
    }

    private String fresh(String kind) {
      return prefix + "_" + kind + names++;
    }

    private String member() {
      return "m" + names++;
    }

    private boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    private <T> T pick(T[] options) {
      return options[r.nextInt(options.length)];
    }

    /** {@code struct [attrs] tag { members } [attrs]}; paths of members are recorded under {@code path}. */
    private String definition(String keyword, String tag, int depth, String path, boolean flexible, boolean probe) {
      String[] attrs = structAttributes();
      StringBuilder sb = new StringBuilder(keyword).append(attrs[0]).append(tag.isEmpty() ? "" : " " + tag)
          .append(" {\n");
      String indent = "\t".repeat(depth + 1);
      int count = (depth == 0 ? 1 : 0) + r.nextInt(depth == 0 ? 8 : 5) + (tag.isEmpty() ? 1 : 0);
      for (int i = 0; i < count; i++) {
        sb.append(indent).append(memberDeclaration(depth, path, probe)).append(";\n");
      }
      if (flexible && !probes.isEmpty()) {
        String name = member();
        sb.append(indent).append(scalar(false).declare(name + "[]")).append(";\n");
        record(path, name, ProbeKind.FLEXIBLE, probe);
      }
      return sb.append("\t".repeat(depth)).append('}').append(attrs[1]).toString();
    }

    /** Attributes before the tag and after the closing brace, in the spellings the kernel uses. */
    private String[] structAttributes() {
      int choice = r.nextInt(12);
      String packed = pick(new String[] {"__attribute__((packed))", "__attribute__((__packed__))", "__packed"});
      String aligned = alignedAttribute();
      return switch (choice) {
        case 0 -> new String[] {" " + packed, ""};
        case 1, 2 -> new String[] {"", " " + packed};
        case 3 -> new String[] {"", " " + aligned};
        case 4 -> new String[] {" " + aligned, ""};
        case 5 -> new String[] {"", chance(50) ? " " + packed + " " + aligned
            : " __attribute__((packed, aligned(" + pick(ALIGNMENTS) + ")))"};
        default -> new String[] {"", ""};
      };
    }

    private String alignedAttribute() {
      int n = pick(ALIGNMENTS);
      return switch (r.nextInt(6)) {
        case 0 -> "__aligned(" + n + ")";
        case 1 -> "__attribute__((__aligned__(" + n + ")))";
        case 2 -> "__attribute__((aligned))";
        case 3 -> "__aligned(sizeof(" + pick(new String[] {"long", "u64", "short", "void *"}) + "))";
        default -> "__attribute__((aligned(" + n + ")))";
      };
    }

    private void record(String path, String name, ProbeKind kind, boolean probe) {
      if (probe) {
        probes.add(new Probe(path.isEmpty() ? name : path + "." + name, kind));
      }
    }

    private String memberDeclaration(int depth, String path, boolean probe) {
      int roll = r.nextInt(100);
      if (roll < 30) {
        return bitfields(path, probe, chance(50) ? "\n" + "\t".repeat(depth + 1) : " ");
      }
      if (depth < 3 && roll < 40) {
        return nested(depth, path, probe);
      }
      if (depth < 3 && roll < 48) {
        return anonymous(depth, path, probe);
      }
      if (roll < 53) {
        return declarators(path, probe);
      }
      String name = member();
      boolean array = chance(20);
      Declared type = depth < 3 && roll < 56 ? helper(depth) : roll < 64 ? functionPointer() : scalar(!array);
      record(path, name, ProbeKind.MEMBER, probe);
      return withMemberAttribute(type, array ? name + dimensions() : name);
    }

    /** Several members in one declaration: {@code u8 a, *b, c[3]}. */
    private String declarators(String path, boolean probe) {
      List<String> out = new ArrayList<>();
      for (int i = 0, n = 2 + r.nextInt(2); i < n; i++) {
        String name = member();
        record(path, name, ProbeKind.MEMBER, probe);
        out.add(switch (r.nextInt(4)) {
          case 0 -> "*" + name;
          case 1 -> name + dimensions();
          default -> name;
        });
      }
      String base;
      do {
        base = pick(SCALARS);
      } while (base.contains("*"));
      return base + " " + String.join(", ", out);
    }

    /**
     * The declaration with an attribute or none: {@code aligned} after the declarator, before the type, or between
     * them (where, after a {@code *}, it belongs to the pointer type), or {@code packed}.
     */
    private String withMemberAttribute(Declared type, String declarator) {
      int roll = r.nextInt(100);
      if (roll < 10) {
        return type.declare(declarator) + " " + alignedAttribute();
      }
      if (roll < 14) {
        return alignedAttribute() + " " + type.declare(declarator);
      }
      boolean pointerArray = type.prefix().endsWith("*") && declarator.contains("[");
      if (roll < 18 && !pointerArray) {
        return new Declared(type.prefix() + " " + alignedAttribute(), type.suffix(), 0).declare(declarator);
      }
      if (roll < 19) {
        return type.declare(declarator) + " " + pick(new String[] {"__packed", "__attribute__((packed))"});
      }
      return type.declare(declarator);
    }

    private String dimensions() {
      StringBuilder sb = new StringBuilder();
      int dims = 1 + (chance(30) ? 1 + r.nextInt(2) : 0);
      for (int i = 0; i < dims; i++) {
        sb.append('[').append(chance(5) ? 0 : 1 + r.nextInt(5)).append(']');
      }
      return sb.toString();
    }

    /** A run of bitfields, named and unnamed, zero-width and full-width among them. */
    private String bitfields(String path, boolean probe, String separator) {
      List<String> out = new ArrayList<>();
      int run = 1 + r.nextInt(4);
      for (int i = 0; i < run; i++) {
        Declared type = bitfieldType();
        boolean named = chance(80);
        int width = !named && chance(30) ? 0 : chance(15) ? type.bits() : 1 + r.nextInt(type.bits());
        if (named) {
          String name = member();
          record(path, name, ProbeKind.BITFIELD, probe);
          out.add(type.declare(name) + ":" + width
              + (chance(5) ? pick(new String[] {" __packed", " __attribute__((packed))"}) : ""));
        } else {
          out.add(type.prefix() + " :" + width);
        }
      }
      return String.join(";" + separator, out);
    }

    private Declared bitfieldType() {
      if (chance(8)) {
        return enumType();
      }
      int i = r.nextInt(BITFIELD_TYPES.length);
      return new Declared(BITFIELD_TYPES[i], "", BITFIELD_BITS[i]);
    }

    /** A scalar type; an aligned typedef only for a single object (GCC rejects arrays of over-aligned elements). */
    private Declared scalar(boolean single) {
      int roll = r.nextInt(100);
      if (roll < 8) {
        return enumType();
      }
      if (roll < 12 && single) {
        return alignedTypedef();
      }
      if (roll < 16 && !helpers.isEmpty()) {
        return new Declared(helpers.get(r.nextInt(helpers.size())) + " *", "", 32);
      }
      return new Declared(pick(SCALARS), "", 0);
    }

    private Declared functionPointer() {
      String returns = pick(new String[] {"int", "void", "u32", "void *"});
      String params = pick(new String[] {"void", "int", "struct device *, u32", "const char *, ..."});
      return new Declared(returns + " (*", ")(" + params + ")", 32);
    }

    /** An enum defined before the case: small, negative, beyond int, or beyond 32 bits. */
    private Declared enumType() {
      if (!enums.isEmpty() && chance(50)) {
        return enums.get(r.nextInt(enums.size()));
      }
      String tag = fresh("e");
      String upper = tag.toUpperCase();
      String[] values = switch (r.nextInt(6)) {
        case 0 -> new String[] {"", " = -3", ""};
        case 1 -> new String[] {" = 0x80000000u", ""};
        case 2 -> new String[] {" = 0x100000000ULL", ""};
        default -> new String[] {"", " = 5", ""};
      };
      before.append("enum ").append(tag).append(" {");
      for (int i = 0; i < values.length; i++) {
        before.append(i == 0 ? " " : ", ").append(upper).append('_').append(i).append(values[i]);
      }
      before.append(" };\n");
      Declared d = new Declared("enum " + tag, "", values[0].contains("ULL") ? 64 : 32);
      enums.add(d);
      return d;
    }

    /** A typedef of a scalar with another alignment, larger ({@code __aligned_u64}'s pattern) or smaller. */
    private Declared alignedTypedef() {
      String name = fresh("t");
      before.append("typedef ").append(pick(new String[] {"u8", "u16", "u32", "int", "u64", "long"})).append(' ')
          .append(name).append(' ').append("__aligned(").append(1 << r.nextInt(5)).append(");\n");
      return new Declared(name, "", 0);
    }

    /** A struct or union defined before the case, sometimes behind a typedef, sometimes empty. */
    private Declared helper(int depth) {
      String keyword = chance(25) ? "union" : "struct";
      String tag = fresh("h");
      if (chance(4)) {
        before.append(keyword).append(' ').append(tag).append(" { };\n");
      } else if (chance(25)) {
        String definition = definition(keyword, "", depth + 1, "", false, false);
        before.append("typedef ").append(definition).append(' ').append(tag).append("_t;\n");
        return new Declared(tag + "_t", "", 0);
      } else {
        String definition = definition(keyword, tag, depth + 1, "", false, false);
        before.append(definition).append(";\n");
      }
      helpers.add(keyword + " " + tag);
      return new Declared(keyword + " " + tag, "", 0);
    }

    /** A named member of a struct or union type defined in place, with or without a tag. */
    private String nested(int depth, String path, boolean probe) {
      String keyword = chance(30) ? "union" : "struct";
      String name = member();
      boolean array = chance(15);
      boolean inner = probe && !array;
      String tag = chance(50) ? fresh("n") : "";
      String definition = definition(keyword, tag, depth + 1, path.isEmpty() ? name : path + "." + name, false,
          inner);
      record(path, name, ProbeKind.MEMBER, probe);
      return withMemberAttribute(new Declared(definition, "", 0), array ? name + dimensions() : name);
    }

    /** An anonymous struct or union member: its members belong to the enclosing type. */
    private String anonymous(int depth, String path, boolean probe) {
      String keyword = chance(40) ? "union" : "struct";
      return definition(keyword, "", depth + 1, path, false, probe);
    }
  }
}
