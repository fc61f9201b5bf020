package org.patchreview.hw;

import java.util.List;

/** One entry of a phandle list such as {@code iommus = <&ipmmu_ds 1>}: the node it names and its argument cells. */
public record PhandleArgs(DtNode target, List<Long> args) {

  public PhandleArgs {
    args = List.copyOf(args);
  }
}
