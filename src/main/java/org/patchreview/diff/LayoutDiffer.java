package org.patchreview.diff;

import org.patchreview.c.CInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patchreview.c.CType;
import org.patchreview.c.Decl;
import org.patchreview.c.StructLayout;
import org.patchreview.c.TranslationUnit;
import org.patchreview.c.Type;
import org.patchreview.c.TypeResolver;

/**
 * Finds the structs whose definitions a patch's hunks touch and lays each out before and after under the ARM EABI,
 * with the same calculator {@code sizeof} uses when the kernel runs.
 */
public final class LayoutDiffer {
  private LayoutDiffer() {}

  /** Line ranges a patch changed in one file: old-side ranges in the tree before, new-side ranges after. */
  public record Touched(String path, List<int[]> before, List<int[]> after) {}

  public static List<LayoutDiff> diff(String config, List<TranslationUnit> before, List<TranslationUnit> after,
      List<Touched> touched) {
    Map<String, Decl.Struct> beforeDefs = touchedStructs(before, touched, true);
    Map<String, Decl.Struct> afterDefs = touchedStructs(after, touched, false);
    List<String> tags = new ArrayList<>(beforeDefs.keySet());
    afterDefs.keySet().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
    List<LayoutDiff> out = new ArrayList<>();
    for (String tag : tags) {
      StructLayoutView b = view(tag, before);
      StructLayoutView a = view(tag, after);
      if (b == null && a == null) {
        continue;
      }
      out.add(new LayoutDiff((b != null ? b : a).struct(), config, b, a, LayoutNotes.notes(b, a)));
    }
    return out;
  }

  /**
   * The structs the patch touched whose layout cannot be computed after it (a member too large for review), each as
   * an error at the member that makes it so: such a struct is C review cannot run, not a struct the patch removed.
   */
  public static List<org.patchreview.diag.Diagnostic> errors(List<TranslationUnit> after, List<Touched> touched) {
    List<org.patchreview.diag.Diagnostic> out = new ArrayList<>();
    for (Map.Entry<String, Decl.Struct> e : touchedStructs(after, touched, false).entrySet()) {
      for (TranslationUnit u : after) {
        TypeResolver types = new TypeResolver(u);
        if (types.structDecl(e.getKey()).isEmpty()) {
          continue;
        }
        try {
          types.struct(e.getKey(), e.getValue().union()).layout();
        } catch (CInputException x) {
          org.patchreview.c.Span at = x.span() != null ? x.span() : e.getValue().span();
          out.add(org.patchreview.diag.Diagnostic.error(at.file(), at.line(), at.column(), x.getMessage()));
        }
        break;
      }
    }
    return out;
  }

  private static Map<String, Decl.Struct> touchedStructs(List<TranslationUnit> units, List<Touched> touched,
      boolean oldSide) {
    Map<String, Decl.Struct> out = new LinkedHashMap<>();
    for (TranslationUnit u : units) {
      for (Decl d : u.decls()) {
        if (d instanceof Decl.Struct s && !s.tag().startsWith("(") && overlaps(s, touched, oldSide)) {
          out.putIfAbsent(s.tag(), s);
        }
      }
    }
    return out;
  }

  private static boolean overlaps(Decl.Struct s, List<Touched> touched, boolean oldSide) {
    for (Touched t : touched) {
      if (!t.path().equals(s.span().file())) {
        continue;
      }
      for (int[] r : oldSide ? t.before() : t.after()) {
        if (r[0] <= s.end().line() && r[1] >= s.span().line()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The layout of {@code tag} as the first unit defining it sees it, or null when no unit defines it. */
  private static StructLayoutView view(String tag, List<TranslationUnit> units) {
    for (TranslationUnit u : units) {
      TypeResolver types = new TypeResolver(u);
      Optional<Decl.Struct> d = types.structDecl(tag);
      if (d.isEmpty()) {
        continue;
      }
      try {
        Type.Struct s = types.struct(tag, d.get().union());
        return view(tag, d.get(), s.layout());
      } catch (CInputException e) {
        return null;
      }
    }
    return null;
  }

  private static StructLayoutView view(String tag, Decl.Struct decl, StructLayout layout) {
    List<StructLayoutView.Member> members = new ArrayList<>();
    for (int i = 0; i < decl.members().size() && i < layout.fields().size(); i++) {
      Decl.Member m = decl.members().get(i);
      StructLayout.Field f = layout.fields().get(i);
      String declaration = CType.spell(m.type(), m.name()) + (m.bitWidth() == null ? "" : ":" + f.bitWidth());
      int size = f.isBitfield() ? f.type().size() : f.type().size();
      members.add(new StructLayoutView.Member(m.name(), declaration, f.offset(), size, f.bitOffset(),
          f.bitWidth()));
    }
    return new StructLayoutView((decl.union() ? "union " : "struct ") + tag, layout.size(), layout.align(),
        List.copyOf(members));
  }
}
