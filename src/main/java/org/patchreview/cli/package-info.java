/** The command line: picocli commands that call {@link org.patchreview.Review} and print its reports. */
package org.patchreview.cli;
