/** What a run shows: observations (calls, device state, hardware events, log, faults, leaks) and traces. */
package org.patchreview.observe;
