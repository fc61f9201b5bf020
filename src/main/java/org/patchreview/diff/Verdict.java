package org.patchreview.diff;

import java.util.Locale;

/**
 * What a patch did to one run: {@code fixed} (faults, leaks or warnings went away and none appeared),
 * {@code regressed} (a new one appeared), {@code changed} (observations differ, faults equal), {@code same}.
 */
public enum Verdict {
  REGRESSED, FIXED, CHANGED, SAME;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
