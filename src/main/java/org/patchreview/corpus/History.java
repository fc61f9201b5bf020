package org.patchreview.corpus;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.patchreview.diag.Diagnostic;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.PatchMail;
import org.patchreview.patch.ApplyResult;
import org.patchreview.patch.DiffReverser;
import org.patchreview.patch.HunkOutcome;
import org.patchreview.patch.Patcher;
import org.patchreview.tree.SourceTree;

/**
 * The modelled kernel's history: {@code history/chain.txt} and the entries' patches, with the state of the tree
 * before and after every entry. Entries above {@code base} are already in the bundled kernel; their earlier states
 * are reached by applying them in reverse.
 */
public final class History {
  private static final Pattern LINE = Pattern.compile(
      "^(\\S+)(?:\\s+after\\s+(\\S+))?(?:\\s+tag\\s+(\\S+))?(\\s+id\\s+unknown)?\\s*$");
  private static final Pattern LINK = Pattern.compile("/linus/([0-9a-f]{7,40})|commit/?\\?id=([0-9a-f]{7,40})");
  private static final Pattern FIXES = Pattern.compile("^([0-9a-f]{7,40})\\b");
  private static final Pattern FROM_LINE = Pattern.compile("\\AFrom (?:([0-9a-f]{40})|git@z) ");

  private final List<HistoryEntry> entries;
  private final Map<String, SourceTree> before;
  private final Map<String, SourceTree> after;
  private final Map<String, SourceTree> tags;
  private final List<String> mainLine;

  History(List<HistoryEntry> entries, Map<String, SourceTree> before, Map<String, SourceTree> after,
      Map<String, SourceTree> tags, List<String> mainLine) {
    this.entries = List.copyOf(entries);
    this.before = before;
    this.after = after;
    this.tags = tags;
    this.mainLine = List.copyOf(mainLine);
  }

  /** The history and the problems met reading it (an entry that does not apply to its parent is an error). */
  public record ReadResult(History history, List<Diagnostic> diagnostics) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  public List<HistoryEntry> entries() {
    return entries;
  }

  Map<String, SourceTree> beforeStates() {
    return before;
  }

  Map<String, SourceTree> afterStates() {
    return after;
  }

  Map<String, SourceTree> tagStates() {
    return tags;
  }

  List<String> mainLine() {
    return mainLine;
  }

  public SourceTree before(HistoryEntry e) {
    return before.get(e.name());
  }

  public SourceTree after(HistoryEntry e) {
    return after.get(e.name());
  }

  /** How reports name the state an entry applies to: its tag, or the entry it follows. */
  public String parentName(HistoryEntry e) {
    SourceTree parent = before.get(e.name());
    for (Map.Entry<String, SourceTree> tag : tags.entrySet()) {
      if (tag.getValue() == parent) {
        return tag.getKey();
      }
    }
    for (HistoryEntry other : entries) {
      if (after.get(other.name()) == parent) {
        return "after " + other.name();
      }
    }
    return "the bundled kernel";
  }

  /**
   * What {@code state} is in the history: its tag, the entry it is the state after (a main-line entry before a side
   * one), and that entry's upstream commit, each null when there is none; empty when it is no state of the history.
   */
  public Optional<StateRef> describe(SourceTree state) {
    String tag = tags.entrySet().stream().filter(t -> t.getValue() == state).map(Map.Entry::getKey).findFirst()
        .orElse(null);
    HistoryEntry entry = entries.stream().filter(e -> after.get(e.name()) == state)
        .min(java.util.Comparator.comparing(e -> e.kind() == HistoryEntry.Kind.SIDE)).orElse(null);
    if (tag == null && entry == null) {
      return Optional.empty();
    }
    return Optional.of(new StateRef(tag, entry == null ? null : entry.name(),
        entry == null || entry.upstream().isEmpty() ? null : entry.upstream()));
  }

  /** A state of the history: its tag, the entry it is the state after, that entry's upstream commit (each or null). */
  public record StateRef(String tag, String entry, String upstream) {}

  /** Tag names in chain order. */
  public List<String> tags() {
    return List.copyOf(tags.keySet());
  }

  /** The main line's states, newest first, each with the name a report gives it. */
  public List<Map.Entry<String, SourceTree>> statesNewestFirst() {
    List<Map.Entry<String, SourceTree>> out = new ArrayList<>();
    for (int i = mainLine.size() - 1; i >= 0; i--) {
      String name = mainLine.get(i);
      out.add(Map.entry(stateName(name), stateTree(name)));
    }
    return out;
  }

  private SourceTree stateTree(String mainLineName) {
    return mainLineName.startsWith("(before) ") ? before.get(mainLineName.substring(9)) : after.get(mainLineName);
  }

  private String stateName(String mainLineName) {
    SourceTree t = stateTree(mainLineName);
    for (Map.Entry<String, SourceTree> tag : tags.entrySet()) {
      if (tag.getValue() == t) {
        return tag.getKey();
      }
    }
    return mainLineName.startsWith("(before) ") ? "before " + mainLineName.substring(9) : "after " + mainLineName;
  }

  /**
   * The state a patch whose {@code base-commit:} is {@code commit} applies to: the state after the entry that models
   * that upstream commit, with the name a report gives it; empty when no entry models it.
   */
  public Optional<Map.Entry<String, SourceTree>> upstreamState(String commit) {
    for (HistoryEntry e : entries) {
      if (e.isUpstream(commit)) {
        SourceTree t = after.get(e.name());
        String name = statesNewestFirst().stream().filter(s -> s.getValue() == t).map(Map.Entry::getKey).findFirst()
            .orElse("after " + e.name());
        return Optional.of(Map.entry(name, t));
      }
    }
    return Optional.empty();
  }

  /**
   * A state by tag, by entry name (the state after it), {@code base}, {@code before:ENTRY}, or anything the
   * history's JGit repository resolves (a commit id, {@code main}, a side branch, {@code v4.12~1}).
   */
  public Optional<SourceTree> resolve(String ref) {
    if (tags.containsKey(ref)) {
      return Optional.of(tags.get(ref));
    }
    if (ref.startsWith("before:")) {
      return Optional.ofNullable(before.get(ref.substring(7)));
    }
    if (after.containsKey(ref)) {
      return Optional.of(after.get(ref));
    }
    return repository().resolve(ref);
  }

  private volatile HistoryRepository repository;

  /** The history as commits in an in-memory JGit repository, built on first use. */
  public HistoryRepository repository() {
    HistoryRepository r = repository;
    if (r == null) {
      synchronized (this) {
        if (repository == null) {
          repository = HistoryRepository.of(this, stateTree(mainLine.get(0)));
        }
        r = repository;
      }
    }
    return r;
  }

  /** Reads the history from the {@code history} folder, over the bundled {@code kernel} tree. */
  public static ReadResult read(SourceTree history, SourceTree kernel) {
    Optional<History> snapshot = HistorySnapshot.read(history, kernel);
    if (snapshot.isPresent()) {
      return new ReadResult(snapshot.get(), List.of());
    }
    return readMails(history, kernel);
  }

  /** The same, parsing and applying every entry's mail (what the build's snapshot was made from). */
  public static ReadResult readMails(SourceTree history, SourceTree kernel) {
    List<Diagnostic> problems = new ArrayList<>();
    List<String[]> lines = chain(history, problems);
    String rootTag = null;
    if (!lines.isEmpty() && lines.get(0)[0].equals("root")) {
      rootTag = lines.remove(0)[2];
    }
    List<HistoryEntry> entries = new ArrayList<>();
    Map<String, SourceTree> before = new HashMap<>();
    Map<String, SourceTree> after = new HashMap<>();
    Map<String, SourceTree> tags = new LinkedHashMap<>();
    List<String> mainLine = new ArrayList<>();
    int baseAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i)[0].equals("base")) {
        baseAt = i;
      }
    }
    if (baseAt < 0) {
      problems.add(Diagnostic.error("history/chain.txt", 0, "the chain has no 'base' line (the bundled kernel)"));
      return new ReadResult(new History(entries, before, after, tags, mainLine), problems);
    }
    // Earlier entries: from base backwards, each applied in reverse to the state after it.
    SourceTree state = kernel;
    List<HistoryEntry> earlier = new ArrayList<>();
    for (int i = baseAt - 1; i >= 0; i--) {
      HistoryEntry e = entry(history, lines.get(i), HistoryEntry.Kind.EARLIER, problems);
      if (e == null) {
        continue;
      }
      after.put(e.name(), state);
      state = apply(state, DiffReverser.reversed(e.mail()), e.name() + " (in reverse)", problems);
      before.put(e.name(), state);
      earlier.add(0, e);
    }
    if (!earlier.isEmpty()) {
      mainLine.add("(before) " + earlier.get(0).name());
    } else if (rootTag != null) {
      problems.add(Diagnostic.error("history/chain.txt", 0, "'root tag " + rootTag + "' names the state before the "
          + "first entry, but no entry comes before base: tag base instead"));
      rootTag = null;
    }
    for (HistoryEntry e : earlier) {
      entries.add(e);
      mainLine.add(e.name());
    }
    String baseTag = lines.get(baseAt)[2];
    if (rootTag != null) {
      tags.put(rootTag, state);
    }
    tagEarlier(lines, baseAt, entries, before, after, tags);
    if (baseTag != null) {
      tags.put(baseTag, kernel);
    }
    if (earlier.isEmpty()) {
      after.put("base", kernel);
      mainLine.add("base");
    }
    after.putIfAbsent("base", kernel);
    state = kernel;
    for (int i = baseAt + 1; i < lines.size(); i++) {
      String[] l = lines.get(i);
      boolean side = l[1] != null;
      HistoryEntry e = entry(history, l, side ? HistoryEntry.Kind.SIDE : HistoryEntry.Kind.LATER, problems);
      if (e == null) {
        continue;
      }
      SourceTree parent = side ? (l[1].equals("base") ? kernel : after.get(l[1])) : state;
      if (parent == null) {
        problems.add(Diagnostic.error("history/chain.txt", 0, e.name() + " comes after " + l[1]
            + ", which is not an entry above it"));
        continue;
      }
      before.put(e.name(), parent);
      SourceTree next = apply(parent, e.mail(), e.name(), problems);
      after.put(e.name(), next);
      if (!side) {
        state = next;
        mainLine.add(e.name());
      }
      if (e.tag() != null) {
        tags.put(e.tag(), next);
      }
      entries.add(e);
    }
    return new ReadResult(new History(entries, before, after, tags, mainLine), List.copyOf(problems));
  }

  private static void tagEarlier(List<String[]> lines, int baseAt, List<HistoryEntry> entries,
      Map<String, SourceTree> before, Map<String, SourceTree> after, Map<String, SourceTree> tags) {
    for (int i = 0; i < baseAt; i++) {
      String[] l = lines.get(i);
      if (l[2] != null && after.containsKey(l[0])) {
        tags.put(l[2], after.get(l[0]));
      }
    }
  }

  /** The lines of chain.txt as {name, after-or-null, tag-or-null}. */
  private static List<String[]> chain(SourceTree history, List<Diagnostic> problems) {
    Optional<String> text = history.readString("chain.txt");
    List<String[]> out = new ArrayList<>();
    if (text.isEmpty()) {
      problems.add(Diagnostic.error("history/chain.txt", 0, "missing: the history has no chain"));
      return out;
    }
    String[] lines = text.get().split("\n", -1);
    int seen = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      seen++;
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        problems.add(Diagnostic.error("history/chain.txt", i + 1, "expected 'NAME [after ENTRY] [tag vX.Y] [id unknown]': "
            + line).quoting(lines[i]));
        continue;
      }
      if (m.group(1).equals("root") && (seen > 1 || m.group(2) != null || m.group(3) == null)) {
        problems.add(Diagnostic.error("history/chain.txt", i + 1,
            "'root tag vX.Y' names the state before the first entry and must be the first line").quoting(lines[i]));
        continue;
      }
      out.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4) == null ? null : "id unknown"});
    }
    return out;
  }

  private static HistoryEntry entry(SourceTree history, String[] line, HistoryEntry.Kind kind,
      List<Diagnostic> problems) {
    String name = line[0];
    String file = name + "/patch.mbox";
    Optional<byte[]> bytes = history.read(file);
    if (bytes.isEmpty()) {
      problems.add(Diagnostic.error("history/" + file, 0, "missing: chain.txt names " + name));
      return null;
    }
    MailReadResult r = MailReader.read(new ByteArrayInputStream(bytes.get()), "history/" + file);
    problems.addAll(r.diagnostics());
    if (r.patches().size() != 1) {
      problems.add(Diagnostic.error("history/" + file, 0, "an entry holds exactly one patch, found "
          + r.patches().size()));
      return null;
    }
    PatchMail mail = r.patches().get(0);
    String upstream = upstream(mail);
    if (kind != HistoryEntry.Kind.SIDE && line[3] == null) {
      checkUpstream("history/" + file, upstream, bytes.get(), problems);
    }
    return new HistoryEntry(name, kind, line[2], line[1], mail, upstream, fixes(mail));
  }

  /**
   * A main-line entry models a commit that went upstream, and says which: its {@code Link:} trailer names the commit
   * and its mbox {@code From} line carries the whole id, as {@code git format-patch} writes it, or b4's
   * {@code From git@z} when only the short id is known. Fixes: checks and the bug-catch table match tags against these
   * ids, so an entry without one could never confirm or be confirmed. Side entries (alternatives that were dropped)
   * have none; an entry whose commit could not be identified says so in chain.txt ({@code id unknown}).
   */
  private static void checkUpstream(String file, String upstream, byte[] bytes, List<Diagnostic> problems) {
    if (upstream.length() < 12) {
      problems.add(Diagnostic.error(file, 0, upstream.isEmpty()
          ? "no upstream commit id: a main-line entry needs a 'Link: https://git.kernel.org/linus/ID' trailer"
              + " (or 'id unknown' on its chain.txt line)"
          : "upstream commit id '" + upstream + "' is shorter than 12 hex digits"));
      return;
    }
    Matcher m = FROM_LINE.matcher(new String(bytes, 0, Math.min(bytes.length, 100),
        java.nio.charset.StandardCharsets.ISO_8859_1));
    if (!m.find()) {
      problems.add(Diagnostic.error(file, 1, "the first line is not 'From <40-hex id> ...' (git format-patch)"
          + " or 'From git@z ...' (b4, the whole id not known)"));
    } else if (m.group(1) != null && !m.group(1).startsWith(upstream)) {
      problems.add(Diagnostic.error(file, 1, "the From line's commit " + m.group(1).substring(0, 12)
          + " is not the upstream commit " + upstream + " its Link: trailer names"));
    }
  }

  private static String upstream(PatchMail mail) {
    for (String link : mail.trailerValues("Link")) {
      Matcher m = LINK.matcher(link);
      if (m.find()) {
        return m.group(1) != null ? m.group(1) : m.group(2);
      }
    }
    return "";
  }

  private static List<String> fixes(PatchMail mail) {
    List<String> out = new ArrayList<>();
    for (String f : mail.trailerValues("Fixes")) {
      Matcher m = FIXES.matcher(f.strip());
      if (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** Applies a patch that must apply cleanly (the history is built from its own patches). */
  private static SourceTree apply(SourceTree tree, PatchMail mail, String what, List<Diagnostic> problems) {
    ApplyResult r = Patcher.apply(tree, mail);
    problems.addAll(r.diagnostics().stream().filter(Diagnostic::isError).toList());
    boolean offsets = r.files().stream().flatMap(f -> f.hunks().stream())
        .anyMatch(h -> h.outcome() != HunkOutcome.CLEAN);
    if (offsets && r.diagnostics().stream().noneMatch(Diagnostic::isError)) {
      problems.add(Diagnostic.warning(mail.source(), mail.diffLine(), what
          + " applies with offsets: rewrite its diff against its parent state"));
    }
    return r.after();
  }


}
