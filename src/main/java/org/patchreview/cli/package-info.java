/**
 * The command line: the commands, parsed by {@link org.patchreview.cli.Cli}, call {@link org.patchreview.Review} and
 * print its reports.
 */
package org.patchreview.cli;
