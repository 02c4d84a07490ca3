package io.strikeline.cli;

/** A problem the user can fix (a busy port, a bad option): reported as one line, without a stack trace. */
public final class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
