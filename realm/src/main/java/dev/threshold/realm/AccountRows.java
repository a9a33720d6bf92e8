package dev.threshold.realm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Reads an account's stored password hash and role from the application's {@code user_account} table, through the
 * server's datasource (looked up by its JNDI name when first needed: the realm starts before the datasource may).
 * The same query the former {@code jdbc-realm} ran, one primary-key read per sign-in.
 */
final class AccountRows {

    static final String QUERY = "SELECT password_hash, role FROM user_account WHERE username = ?";

    /** An account as stored: its bcrypt hash (modular crypt) and its role. */
    record Account(String passwordHash, String role) {}

    private final String jndiName;
    private volatile DataSource dataSource;

    AccountRows(String jndiName) {
        this.jndiName = jndiName;
    }

    /** @return the account, or null when there is none of that name */
    Account find(String username) throws SQLException, NamingException {
        try (Connection c = dataSource().getConnection();
                PreparedStatement select = c.prepareStatement(QUERY)) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? new Account(row.getString(1), row.getString(2)) : null;
            }
        }
    }

    private DataSource dataSource() throws NamingException {
        DataSource found = dataSource;
        if (found == null) {
            found = (DataSource) new InitialContext().lookup(jndiName);
            dataSource = found;
        }
        return found;
    }
}
