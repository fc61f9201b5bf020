package org.patchreview.patch;

/**
 * Whether a hunk landed in the function its {@code @@ ... @@} header names, checked with the parsed C of the file.
 *
 * <p>{@code function} is the name the header gives ("" when it names no function); {@code anchored} is true or
 * false when checked and null when not (the hunk did not move, the file is not C, or the parsed file has no such
 * function); {@code landedIn} says where a hunk that is not anchored would have landed.
 */
public record Anchor(String function, Boolean anchored, String landedIn) {

  public Anchor {
    function = function == null ? "" : function;
    landedIn = landedIn == null ? "" : landedIn;
  }

  static Anchor unchecked(String function) {
    return new Anchor(function, null, "");
  }
}
