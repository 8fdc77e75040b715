package ipweek.model;

import ipweek.diag.SourceRef;

/**
 * The number a case file declares for its place in the batch: a {@code sequence} field, or the number its file name
 * starts with ({@code 03-xxx.yaml}). The case's shown number (案例三) is its position; this is what that position is
 * checked against.
 */
public record CaseSequence(int number, Origin origin, SourceRef at) {

    public enum Origin {
        /** {@code sequence: 3} in the case. */
        FIELD,
        /** {@code 03-…yaml}: the file name's number. */
        FILE_NAME
    }
}
