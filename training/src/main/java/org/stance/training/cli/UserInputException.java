package org.stance.training.cli;

/** Bad input from the user (a file, an option): reported without a stack trace, exit status 2. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}
