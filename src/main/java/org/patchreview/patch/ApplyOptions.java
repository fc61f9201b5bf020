package org.patchreview.patch;

import java.util.List;
import java.util.Map;
import org.patchreview.c.Config;

/**
 * How to apply: {@code fuzz} (context lines that may be ignored at each end of a hunk, 0 like {@code git am}),
 * {@code ignoreWhitespace} (runs of blanks compare equal), {@code reverse} (undo the patch), {@code partialTree}
 * (the tree holds part of the kernel, so a missing file is left out rather than failed), {@code checkIndex} (compare
 * the {@code index} line's pre-image ids with the tree's files), the configs under which C files are parsed to
 * check that moved hunks stay in their functions, parses the caller already holds ({@code parsed}, or null), and
 * whether a hunk that fails is explained ({@code diagnose}: the search for the most similar place costs far more than
 * the application, and a caller that only asks whether a patch applies does not read it).
 */
public record ApplyOptions(
    int fuzz, boolean ignoreWhitespace, boolean reverse, boolean partialTree, boolean checkIndex,
    List<Config> anchorConfigs, ParsedC parsed, boolean diagnose) {

  /** The config used to find functions when none is given: no {@code CONFIG_} symbol set. */
  public static final Config NO_CONFIG = new Config("none", Map.of());

  public ApplyOptions(int fuzz, boolean ignoreWhitespace, boolean reverse, boolean partialTree, boolean checkIndex,
      List<Config> anchorConfigs) {
    this(fuzz, ignoreWhitespace, reverse, partialTree, checkIndex, anchorConfigs, null, true);
  }

  public ApplyOptions {
    if (fuzz < 0) {
      throw new IllegalArgumentException("fuzz must be 0 or more, not " + fuzz);
    }
    anchorConfigs = anchorConfigs == null || anchorConfigs.isEmpty() ? List.of(NO_CONFIG) : List.copyOf(anchorConfigs);
  }

  /** Exact application to the modelled kernel, which holds part of the tree and whose files are not git's blobs. */
  public static ApplyOptions model() {
    return new ApplyOptions(0, false, false, true, false, List.of());
  }

  /** Exact application to a whole kernel tree, checking the {@code index} lines against its files. */
  public static ApplyOptions realTree() {
    return new ApplyOptions(0, false, false, false, true, List.of());
  }

  public ApplyOptions withFuzz(int n) {
    return new ApplyOptions(n, ignoreWhitespace, reverse, partialTree, checkIndex, anchorConfigs, parsed, diagnose);
  }

  public ApplyOptions withIgnoreWhitespace(boolean on) {
    return new ApplyOptions(fuzz, on, reverse, partialTree, checkIndex, anchorConfigs, parsed, diagnose);
  }

  public ApplyOptions withReverse(boolean on) {
    return new ApplyOptions(fuzz, ignoreWhitespace, on, partialTree, checkIndex, anchorConfigs, parsed, diagnose);
  }

  /** These options on a tree that holds part of the kernel ({@code on}) or all of it. */
  public ApplyOptions withPartialTree(boolean on) {
    return new ApplyOptions(fuzz, ignoreWhitespace, reverse, on, checkIndex, anchorConfigs, parsed, diagnose);
  }

  /** These options comparing the {@code index} lines' pre-image ids with the tree's files ({@code on}) or not. */
  public ApplyOptions withCheckIndex(boolean on) {
    return new ApplyOptions(fuzz, ignoreWhitespace, reverse, partialTree, on, anchorConfigs, parsed, diagnose);
  }

  public ApplyOptions withAnchorConfigs(List<Config> configs) {
    return new ApplyOptions(fuzz, ignoreWhitespace, reverse, partialTree, checkIndex, configs, parsed, diagnose);
  }

  /** These options taking functions from parses the caller holds before parsing a file itself. */
  public ApplyOptions withParsed(ParsedC known) {
    return new ApplyOptions(fuzz, ignoreWhitespace, reverse, partialTree, checkIndex, anchorConfigs, known, diagnose);
  }

  /** These options saying only whether each hunk applies, without explaining a failure. */
  public ApplyOptions withoutDiagnosis() {
    return new ApplyOptions(fuzz, ignoreWhitespace, reverse, partialTree, checkIndex, anchorConfigs, parsed, false);
  }
}
