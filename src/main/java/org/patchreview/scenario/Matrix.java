package org.patchreview.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patchreview.c.Config;
import org.patchreview.diag.Diagnostic;
import org.patchreview.hw.Board;
import org.patchreview.hw.DtsReader;
import org.patchreview.hw.DtsReadResult;
import org.patchreview.tree.SourceTree;

/**
 * The (board x config x scenario) matrix a review replays: every {@code boards/*.dts}, every
 * {@code configs/*.config} (with the device-tree fragment {@code NAME.dtsi} it adds to each board) and every
 * {@code scenarios/*.scenario} of the corpus, in name order, and what the runs observe
 * ({@link Observing}, {@code scenarios/observing.txt}). {@code source} names what it was read from (a digest of
 * the board, config and scenario files, and the boards kept), so that results computed for one matrix can be known to
 * hold for another; null when it was put together otherwise.
 */
public record Matrix(List<Board> boards, List<ConfigEntry> configs, List<Scenario> scenarios, Observing observing,
    List<Diagnostic> diagnostics, String source, Exploring exploring) {

  /** A matrix whose corpus declares nothing to explore ({@link Exploring#NONE}). */
  public Matrix(List<Board> boards, List<ConfigEntry> configs, List<Scenario> scenarios, Observing observing,
      List<Diagnostic> diagnostics, String source) {
    this(boards, configs, scenarios, observing, diagnostics, source, Exploring.NONE);
  }

  public Matrix(List<Board> boards, List<ConfigEntry> configs, List<Scenario> scenarios, Observing observing,
      List<Diagnostic> diagnostics) {
    this(boards, configs, scenarios, observing, diagnostics, null);
  }

  /** A config and the device-tree fragment its boot environment adds (null for none). */
  public record ConfigEntry(Config config, Board fragment) {
    /** The board as this config's kernel sees it. */
    public Board apply(Board board) {
      return fragment == null ? board : board.merge(fragment);
    }
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The scenarios grouped into chains, each member a prefix of the next (shortest first), so that a chain runs once;
   * every scenario is in exactly one chain.
   */
  public List<List<Scenario>> chains() {
    List<Scenario> byLength = new ArrayList<>(scenarios);
    byLength.sort(java.util.Comparator.comparingInt((Scenario s) -> s.steps().size()).reversed());
    List<List<Scenario>> chains = new ArrayList<>();
    for (Scenario s : byLength) {
      List<Scenario> home = null;
      for (List<Scenario> c : chains) {
        if (s.isPrefixOf(c.get(c.size() - 1))) {
          home = c;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        chains.add(home);
      }
      home.add(0, s);
    }
    return chains;
  }

  /** The same matrix on the named boards only (in matrix order). */
  public Matrix onBoards(java.util.Set<String> names) {
    List<Board> kept = boards.stream().filter(b -> names.contains(b.name())).toList();
    return new Matrix(kept, configs, scenarios, observing, diagnostics,
        source == null ? null : source + " boards " + String.join(",", kept.stream().map(Board::name).toList()),
        exploring);
  }

  public int size() {
    return boards.size() * configs.size() * scenarios.size();
  }

  public static Matrix load(SourceTree boardFiles, SourceTree configFiles, SourceTree scenarioFiles) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Board> boards = new ArrayList<>();
    for (String path : boardFiles.paths()) {
      if (path.endsWith(".dts")) {
        DtsReadResult r = DtsReader.read("boards/" + path, boardFiles.readString(path).orElse(""),
            inc -> boardFiles.readString(inc));
        problems.addAll(r.diagnostics());
        if (!r.hasErrors()) {
          boards.add(r.board());
        }
      }
    }
    List<ConfigEntry> configs = new ArrayList<>();
    for (String path : configFiles.paths()) {
      if (!path.endsWith(".config")) {
        continue;
      }
      String name = path.substring(0, path.length() - ".config".length());
      Config.ConfigReadResult c = Config.parse(name, "configs/" + path, configFiles.readString(path).orElse(""));
      problems.addAll(c.problems());
      Board fragment = null;
      Optional<String> dtsi = configFiles.readString(name + ".dtsi");
      if (dtsi.isPresent()) {
        DtsReadResult r = DtsReader.read("configs/" + name + ".dtsi", dtsi.get(), inc -> Optional.empty());
        problems.addAll(r.diagnostics());
        fragment = r.hasErrors() ? null : r.board();
      }
      configs.add(new ConfigEntry(c.config(), fragment));
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (String path : scenarioFiles.paths()) {
      if (path.endsWith(".scenario")) {
        String name = path.substring(0, path.length() - ".scenario".length());
        ScenarioReader.Result r = ScenarioReader.read(name, "scenarios/" + path,
            scenarioFiles.readString(path).orElse(""));
        problems.addAll(r.diagnostics());
        scenarios.add(r.scenario());
      }
    }
    Optional<String> observingText = scenarioFiles.readString(Observing.FILE);
    Observing observing = new Observing(java.util.Set.of(), java.util.Set.of(), java.util.Map.of());
    if (observingText.isEmpty()) {
      problems.add(Diagnostic.error("scenarios/" + Observing.FILE, 0, "missing: it declares what runs observe (the "
          + "traced files, the IOMMU ops)"));
    } else {
      Observing.Result r = Observing.read("scenarios/" + Observing.FILE, observingText.get());
      problems.addAll(r.diagnostics());
      observing = r.observing();
    }
    // Optional: a corpus without it reviews as before and has nothing to explore.
    Exploring exploring = scenarioFiles.readString(Exploring.FILE)
        .map(t -> Exploring.read("scenarios/" + Exploring.FILE, t)).map(r -> {
          problems.addAll(r.diagnostics());
          return r.exploring();
        }).orElse(Exploring.NONE);
    if (boards.isEmpty() || configs.isEmpty() || scenarios.isEmpty()) {
      problems.add(Diagnostic.error("corpus", 0, "the corpus needs at least one board, config and scenario (found "
          + boards.size() + ", " + configs.size() + ", " + scenarios.size() + ")"));
    }
    return new Matrix(List.copyOf(boards), List.copyOf(configs), List.copyOf(scenarios), observing, List.copyOf(problems),
        boardFiles.digest() + " " + configFiles.digest() + " " + scenarioFiles.digest(), exploring);
  }
}
