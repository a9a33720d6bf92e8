package dev.threshold.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of Threshold run as a program of its own (a SIEM's subscriber: outside the server's JVM and the tests'),
 * whose standard output the test reads line by line as it comes, and which it stops by a line on its standard input.
 */
final class ClientProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    private ClientProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "client-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code command}, its error output joined to its output. */
    static ClientProcess start(List<String> command) {
        try {
            return new ClientProcess(
                    new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        synchronized (lines) {
            ended = true;
            lines.notifyAll();
        }
    }

    /** The first line so far matching {@code wanted}, waiting up to {@code wait} for it; fails the test without it. */
    String await(Predicate<String> wanted, Duration wait, String what) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || ended) {
                    throw new AssertionError("no " + what + " within " + wait + (ended ? " (the client ended)" : "")
                            + "; the client printed " + lines);
                }
                try {
                    lines.wait(Math.min(left, 500));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    /** Everything printed so far. */
    List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Sends a line to the client's standard input. */
    void tell(String line) {
        try {
            Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            in.write(line + "\n");
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the client to end on its own; @return its exit code */
    int awaitExit(Duration wait) {
        try {
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the client did not end within " + wait + "; it printed " + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
