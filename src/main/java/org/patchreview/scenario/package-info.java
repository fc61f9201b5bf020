/**
 * Scenarios: lifecycle scripts read from {@code corpus/scenarios}, the (board, config, scenario) matrix, and the runner
 * that drives the modelled driver core's entry points through a script on one board and records a trace.
 */
package org.patchreview.scenario;
