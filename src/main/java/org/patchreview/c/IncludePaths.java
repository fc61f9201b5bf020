package org.patchreview.c;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.patchreview.tree.SourceTree;

/** Where {@code #include} finds a file in a {@link SourceTree}: beside the includer for quotes, then the -I dirs. */
final class IncludePaths {
  private IncludePaths() {}

  /** The path found, or empty; every path looked at and not found is added to {@code absent}. */
  static Optional<String> resolve(SourceTree tree, String from, String name, boolean quoted, Set<String> absent) {
    if (quoted) {
      int slash = from.lastIndexOf('/');
      String candidate = normalise((slash < 0 ? "" : from.substring(0, slash + 1)) + name);
      if (candidate != null && tree.contains(candidate)) {
        return Optional.of(candidate);
      }
      if (candidate != null) {
        absent.add(candidate);
      }
    }
    for (String dir : Preprocessor.INCLUDE_DIRS) {
      String candidate = normalise(dir + "/" + name);
      if (candidate != null && tree.contains(candidate)) {
        return Optional.of(candidate);
      }
      if (candidate != null) {
        absent.add(candidate);
      }
    }
    return Optional.empty();
  }

  /** Folds {@code .} and {@code ..} out of a tree path; null when it would leave the tree. */
  private static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return null;
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
