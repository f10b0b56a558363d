package dev.lede.cli;

/** The command line asks for something impossible (missing file, bad option value); exits with code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
