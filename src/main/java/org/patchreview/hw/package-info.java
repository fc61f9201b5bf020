/** Modelled hardware: boards read from Device Tree source, and the MMIO register models a run talks to. */
package org.patchreview.hw;
