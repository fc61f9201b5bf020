package org.patchreview.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patchreview.ExitCode;
import org.patchreview.Exploration;
import org.patchreview.ReviewOptions;
import org.patchreview.Timings;
import org.patchreview.corpus.Corpus;
import org.patchreview.mail.MailReadResult;
import org.patchreview.mail.MailReader;
import org.patchreview.mail.ReadOptions;

/**
 * {@code review compare A B}: two versions of a patch applied to the same base, and where their after-states behave
 * differently over every explored sequence, with shortest witnesses.
 */
final class CompareCommand extends Main.Runner {
  private final ExploreOptions options = new ExploreOptions();
  private final List<String> files = new ArrayList<>();
  private int[] versions;

  CompareCommand(PrintWriter out, PrintWriter err) {
    super(out, err);
  }

  @Override
  Cli.Command command() {
    List<Cli.Option> opts = new ArrayList<>(options.options(true));
    opts.add(Cli.value("--versions", "M,N", "compare versions M and N of the series in FILE (one thread)",
        v -> versions = versions(v)));
    return new Cli.Command("compare", "Apply two versions of a patch (two mails, or --versions M,N of a series in "
        + "one thread) to the same base, explore both after-states side by side, and print each difference (a "
        + "problem only one has, a device state that differs) with its shortest witness. Exit 1 when they differ.",
        opts, new Cli.Positional("A B", 1, true, "the two patch mails (one with --versions)", files::add));
  }

  private static int[] versions(String v) {
    String[] p = v.split(",", -1);
    if (p.length != 2) {
      throw new Cli.UsageError("--versions '" + v + "': expected two versions, M,N");
    }
    return new int[] {Cli.integer("--versions", p[0], 1), Cli.integer("--versions", p[1], 1)};
  }

  @Override
  int run() throws IOException {
    if (versions == null && files.size() != 2) {
      throw new Cli.UsageError(files.size() < 2 ? "compare needs two patch mails (A B), or one thread with "
          + "--versions M,N; got only " + files.get(0) : "compare takes two patch mails, not " + files.size());
    }
    if (versions != null && files.size() != 1) {
      throw new Cli.UsageError("--versions M,N takes one thread (one FILE), not " + files.size());
    }
    Corpus corpus = options.corpus(err);
    if (corpus == null) {
      return ExitCode.BAD_INPUT;
    }
    ReviewOptions o = options.reviewOptions(corpus, new Timings());
    String a = versions == null ? files.get(0) : files.get(0) + " v" + versions[0];
    String b = versions == null ? files.get(1) : files.get(0) + " v" + versions[1];
    MailReadResult first = read(versions == null ? files.get(0) : files.get(0), versions == null ? 0 : versions[0]);
    MailReadResult second = read(versions == null ? files.get(1) : files.get(0), versions == null ? 0 : versions[1]);
    Exploration.Outcome outcome = Exploration.compare(first, a, second, b, o, options.request());
    return options.print(outcome, "compare", "review compare: " + a + " against " + b + ", both on "
        + outcome.base(), out, err);
  }

  private static MailReadResult read(String file, int version) throws IOException {
    return MailReader.read(Path.of(file), new ReadOptions(version, false));
  }
}
