package org.patchreview.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.lib.FileMode;
import org.patchreview.tree.SourceTree;

/**
 * Refuses what a patch must never do, as {@code git apply} does: name a file by an absolute path or through
 * {@code ..}, reach into {@code .git}, write through a symbolic link of the tree, or create or change a symbolic
 * link or a submodule. Trees are in memory, but a refused path is never looked up at all.
 */
final class PathSafety {
  private PathSafety() {}

  /** Why the file's patch is refused, or null when it is safe. */
  static String refusal(FilePatch f, SourceTree tree) {
    // Only an added file has no old path and only a deleted one no new path; an empty one (`+++ b/`) names nothing.
    if (f.change() != ChangeType.ADD && f.oldPath().isEmpty()) {
      return "the old path is empty or not in the header (--- a/)";
    }
    if (f.change() != ChangeType.DELETE && f.newPath().isEmpty()) {
      return "the new path is empty or not in the header (+++ b/)";
    }
    List<String> paths = new ArrayList<>();
    if (!f.oldPath().isEmpty()) {
      paths.add(f.oldPath());
    }
    if (!f.newPath().isEmpty() && !f.newPath().equals(f.oldPath())) {
      paths.add(f.newPath());
    }
    for (String p : paths) {
      String why = pathProblem(p, tree);
      if (why != null) {
        return why;
      }
    }
    if (f.oldMode() == FileMode.SYMLINK.getBits() || f.newMode() == FileMode.SYMLINK.getBits()) {
      return f.path() + " is a symbolic link in the patch (mode 120000), which review does not create or follow";
    }
    if (f.oldMode() == FileMode.GITLINK.getBits() || f.newMode() == FileMode.GITLINK.getBits()) {
      return f.path() + " is a submodule in the patch (mode 160000)";
    }
    return null;
  }

  private static String pathProblem(String path, SourceTree tree) {
    if (path.startsWith("/")) {
      return "the path " + path + " is absolute; a patch may only name files inside the tree";
    }
    if (path.contains("\\") || path.chars().anyMatch(c -> c < 0x20)) {
      return "the path " + quoted(path) + " holds a backslash or a control character";
    }
    for (String part : path.split("/", -1)) {
      if (part.equals("..")) {
        return "the path " + path + " goes up with '..' and may leave the tree";
      }
      if (part.isEmpty() || part.equals(".")) {
        return "the path " + path + " is not a plain relative path (empty or '.' component)";
      }
      if (part.toLowerCase(Locale.ROOT).equals(".git")) {
        return "the path " + path + " is inside .git";
      }
    }
    return tree.linkOn(path).map(link -> link.equals(path)
        ? "the path " + path + " is a symbolic link in the tree (to " + tree.links().get(link) + ")"
        : "the path " + path + " goes through the symbolic link " + link + " (to " + tree.links().get(link)
            + "), which may lead out of the tree").orElse(null);
  }

  private static String quoted(String path) {
    StringBuilder out = new StringBuilder();
    for (char c : path.toCharArray()) {
      out.append(c < 0x20 ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.valueOf(c));
    }
    return out.toString();
  }
}
