package dev.threshold.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CausesTest {

    /** A failure that names itself as its cause, as an override of getCause may (Throwable's own hides that). */
    private static final class OwnCause extends RuntimeException {
        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }

    @Test
    void theFirstMatchFromTheFailureDownward() {
        SQLException bottom = new SQLException("connection refused", "08001");
        IOException middle = new IOException("wrapped", bottom);
        RuntimeException top = new RuntimeException("outer", middle);

        assertEquals(Optional.of(top), Causes.first(top, t -> true), "the failure itself comes first");
        assertEquals(Optional.of(middle), Causes.first(top, t -> t instanceof Exception && t != top));
        assertEquals(Optional.of(bottom), Causes.first(top, SQLException.class::isInstance));
        assertTrue(Causes.any(top, SQLException.class::isInstance));
        assertFalse(Causes.any(top, IllegalStateException.class::isInstance));
        assertFalse(Causes.any(null, t -> true), "no failure, no cause");
    }

    @Test
    void aFailureThatIsItsOwnCauseIsLookedAtOnce() {
        OwnCause own = new OwnCause();
        int[] looked = {0};
        assertFalse(Causes.any(own, t -> ++looked[0] > 1));
        assertEquals(1, looked[0]);
        assertSame(own, Causes.root(own));
    }

    @Test
    void aCircleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b); // Throwable refuses only itself, not a longer circle
        assertFalse(Causes.any(a, IllegalStateException.class::isInstance));
        assertSame(b, Causes.root(a), "the last before the circle closes");
        assertSame(a, Causes.root(b));
    }

    @Test
    void theRootIsTheCauseAtTheBottom() {
        SQLException bottom = new SQLException("refused");
        assertSame(bottom, Causes.root(new RuntimeException(new IOException(bottom))));
        RuntimeException alone = new RuntimeException("alone");
        assertSame(alone, Causes.root(alone));
    }
}
