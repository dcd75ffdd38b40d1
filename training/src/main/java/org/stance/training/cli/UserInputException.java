package org.stance.training.cli;

/** Bad input from the user (a file, an option): reported without a stack trace, exit status 2. */
public class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }

    /** A summary line after the problems themselves (at most 50 shown), each "file:line: problem". */
    public static UserInputException of(java.util.List<? extends Exception> problems, String summary) {
        StringBuilder b = new StringBuilder();
        problems.stream().limit(50).forEach(p -> b.append(p.getMessage()).append('\n'));
        if (problems.size() > 50) {
            b.append("... and ").append(problems.size() - 50).append(" more\n");
        }
        return new UserInputException(b + summary);
    }
}
