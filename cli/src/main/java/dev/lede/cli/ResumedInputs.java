package dev.lede.cli;

import dev.lede.pipeline.DocumentInput;

import java.util.Iterator;
import java.util.List;

/**
 * Skips the inputs an earlier run already wrote, checking that each is the same input at the same position (by id):
 * resuming against other inputs, or in another order, would silently mix two batches.
 */
final class ResumedInputs {
    private ResumedInputs() {
    }

    /**
     * Consumes the first {@code done.size()} inputs and returns the iterator, now at the first input to analyse.
     *
     * @throws UsageException when an input's id differs from the record at its position, or the output holds more
     *                        records than there are inputs
     */
    static Iterator<DocumentInput> skipDone(Iterator<DocumentInput> inputs, List<String> done, String output) {
        for (int i = 0; i < done.size(); i++) {
            if (!inputs.hasNext()) {
                throw new UsageException("cannot resume: " + output + " holds " + done.size() + " records but there are "
                        + "only " + i + " inputs; were other inputs given?");
            }
            String id = inputs.next().id();
            if (!id.equals(done.get(i))) {
                throw new UsageException("cannot resume: record " + (i + 1) + " of " + output + " is '" + done.get(i)
                        + "' but input " + (i + 1) + " is '" + id + "'; give the same inputs in the same order");
            }
        }
        return inputs;
    }
}
