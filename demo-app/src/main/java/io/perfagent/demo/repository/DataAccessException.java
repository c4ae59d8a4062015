package io.perfagent.demo.repository;

import java.sql.SQLException;

/** Unchecked wrapper so services need not declare {@link SQLException} on every call. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(String what, SQLException cause) {
        super(what + ": " + cause.getMessage(), cause);
    }
}
