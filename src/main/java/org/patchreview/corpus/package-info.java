/** The regression corpus: the modelled kernel's history as a chain of states, replayed against golden reports. */
package org.patchreview.corpus;
