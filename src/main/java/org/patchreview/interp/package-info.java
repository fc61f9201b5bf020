/**
 * The interpreter: the C syntax tree lowered once to typed node trees and run, with memory that checks every access
 * (use after free, double free, leaks, NULL and out-of-bounds), the kernel primitives written in Java, and budgets.
 * A fault in the interpreted C is an observation, never a crash of review; the interpreter knows no hardware.
 */
package org.patchreview.interp;
