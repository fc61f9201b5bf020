package org.patchreview.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patchreview.diag.Diagnostic;

/**
 * Picks the series to review among the patches of an input: grouped by version (as b4 does), the newest complete
 * version unless one is asked for, members in index order. Missing members are named, never guessed.
 */
final class SeriesSelector {

  /** The patches to apply, in order, with what the report and the notes say about the choice. */
  record Selection(List<Envelope> chosen, Envelope cover, int version, int total, List<String> missing,
      List<Series.VersionSeen> versions, String because, List<Diagnostic> diagnostics) {}

  /** The patches of one version: numbered members by index (the first of duplicates), then unnumbered ones. */
  private record Version(int version, int total, Map<Integer, Envelope> numbered, List<Envelope> unnumbered) {
    boolean complete() {
      return missing().isEmpty();
    }

    List<String> missing() {
      List<String> out = new ArrayList<>();
      for (int i = 1; i <= total; i++) {
        if (!numbered.containsKey(i)) {
          out.add(i + "/" + total);
        }
      }
      return out;
    }

    Series.VersionSeen seen() {
      return new Series.VersionSeen(version, numbered.size() + unnumbered.size(), total, complete());
    }
  }

  private SeriesSelector() {}

  static Selection select(List<Envelope> envelopes, int wanted, String source) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    TreeMap<Integer, Version> versions = group(envelopes, diagnostics);
    List<Series.VersionSeen> seen = versions.values().stream().map(Version::seen).toList();
    Version chosen;
    String because;
    if (wanted > 0) {
      chosen = versions.get(wanted);
      because = "asked for with --version " + wanted;
      if (chosen == null) {
        diagnostics.add(Diagnostic.error(source, 0, "there is no v" + wanted + " in the input; it holds "
            + joined(versions.keySet().stream().map(v -> "v" + v).toList())));
        return new Selection(List.of(), null, wanted, 0, List.of(), seen, because, diagnostics);
      }
    } else {
      Version newest = versions.lastEntry().getValue();
      chosen = versions.values().stream().filter(Version::complete).reduce((a, b) -> b).orElse(newest);
      because = chosen.complete() ? "the newest complete version" : "the newest version; none is complete";
      if (chosen != newest) {
        diagnostics.add(note(source, "v" + newest.version() + " is incomplete (" + missingWords(newest)
            + "); reviewing v" + chosen.version() + ", the newest complete version"));
      }
    }
    if (versions.size() > 1) {
      diagnostics.add(note(source, "the input holds " + joined(ranges(List.copyOf(versions.keySet())))
          + "; reviewing v" + chosen.version() + ", " + because
          + (wanted > 0 ? "" : " (--version N chooses another)")));
    }
    if (!chosen.complete()) {
      diagnostics.add(Diagnostic.warning(source, 0, "series v" + chosen.version() + ": " + missingWords(chosen)
          + "; the other patches are applied without them"));
    }
    List<Envelope> members = new ArrayList<>(chosen.numbered().values());
    members.addAll(chosen.unnumbered());
    Envelope cover = envelopes.stream().filter(e -> e.kind() == Envelope.Kind.COVER_LETTER
        && e.prefix().version() == chosen.version()).findFirst().orElse(null);
    return new Selection(members, cover, chosen.version(), chosen.total(), chosen.missing(), seen, because,
        diagnostics);
  }

  private static TreeMap<Integer, Version> group(List<Envelope> envelopes, List<Diagnostic> diagnostics) {
    TreeMap<Integer, Version> out = new TreeMap<>();
    for (Envelope e : envelopes) {
      if (e.kind() != Envelope.Kind.PATCH) {
        continue;
      }
      SubjectPrefix p = e.prefix();
      Version v = out.computeIfAbsent(p.version(), k -> new Version(k, 0, new TreeMap<>(), new ArrayList<>()));
      if (!p.inSeries()) {
        v.unnumbered().add(e);
        continue;
      }
      if (p.total() > v.total()) {
        v = new Version(v.version(), p.total(), v.numbered(), v.unnumbered());
        out.put(v.version(), v);
      }
      Envelope before = v.numbered().putIfAbsent(p.index(), e);
      if (before != null) {
        diagnostics.add(Diagnostic.warning(e.source(), e.line(), e.position() + " appears twice (also at line "
            + before.line() + "); the first one is used"));
      }
    }
    return out;
  }

  private static String missingWords(Version v) {
    List<String> missing = v.missing();
    return joined(missing) + (missing.size() == 1 ? " is missing" : " are missing");
  }

  private static Diagnostic note(String source, String message) {
    return new Diagnostic(Diagnostic.Severity.NOTE, source, 0, 0, message, "");
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  /** Versions as runs: {@code v1 to v499}, {@code v3}, {@code v5 and v6} (a thread can hold hundreds of them). */
  static List<String> ranges(List<Integer> sorted) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
        j++;
      }
      if (j - i >= 2) {
        out.add("v" + sorted.get(i) + " to v" + sorted.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          out.add("v" + sorted.get(k));
        }
      }
      i = j + 1;
    }
    return out;
  }

  static String joined(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
