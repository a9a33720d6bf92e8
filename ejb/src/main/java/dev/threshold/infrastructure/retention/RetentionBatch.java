package dev.threshold.infrastructure.retention;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** One batch of one table's pruning, in a transaction of its own: a failure rolls back that batch only. */
@Stateless
public class RetentionBatch {

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    /** @return the rows pruned (0 when none is left past the cutoff) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int prune(RetentionRule rule, Instant cutoff, int batchSize) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Object> ids = new ArrayList<>(batchSize);
            try (PreparedStatement select = connection.prepareStatement(rule.selectIds())) {
                int parameter = 1;
                for (int i = 0; i < rule.cutoffs(); i++) {
                    select.setTimestamp(parameter++, Timestamp.from(cutoff));
                }
                select.setInt(parameter, batchSize);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return 0;
            }
            String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
            int pruned = 0;
            for (String statement : rule.onIds()) {
                try (PreparedStatement change = connection.prepareStatement(statement.formatted(placeholders))) {
                    for (int i = 0; i < ids.size(); i++) {
                        change.setObject(i + 1, ids.get(i));
                    }
                    pruned = change.executeUpdate(); // the last statement's count: the table's own rows
                }
            }
            return pruned;
        }
    }
}
