package org.patchreview.cli;

import java.io.PrintWriter;
import org.patchreview.ExitCode;
import org.patchreview.Exploration;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.corpus.Corpus;

/**
 * {@code review explore}: every sequence of lifecycle actions to a depth on a modelled state, and each distinct
 * problem with its shortest witness as a scenario.
 */
final class ExploreCommand extends Main.Runner {
  private final ExploreOptions options = new ExploreOptions();

  ExploreCommand(PrintWriter out, PrintWriter err) {
    super(out, err);
  }

  @Override
  Cli.Command command() {
    return new Cli.Command("explore", "Explore every sequence of the lifecycle actions the corpus declares "
        + "(scenarios/explore.txt: add, bind and unbind each device in any order, probes that defer or fail) on a "
        + "modelled state, breadth first to a depth, and print each distinct problem (kind, C location, object) with "
        + "its shortest witness as a scenario that can be saved into corpus/scenarios/ and replayed. Exit 1 when "
        + "a problem is found.", options.options(true), null);
  }

  @Override
  int run() {
    Corpus corpus = options.corpus(err);
    if (corpus == null) {
      return ExitCode.BAD_INPUT;
    }
    ReviewOptions o = options.reviewOptions(corpus, new Timings());
    Exploration.Outcome outcome = Exploration.explore(o, options.request());
    return options.print(outcome, "explore", "review explore: " + o.baseName(), out, err);
  }
}
