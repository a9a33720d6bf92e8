package dev.threshold.bench.search;

import java.util.Map;

/** The bench's command line and the server's database variables (THRESHOLD_DB_*, docs/operations.md). */
record Options(
        String url,
        String user,
        String password,
        String schema,
        int labels,
        int runs,
        int baselineRuns,
        int limit,
        boolean reload,
        boolean verbose) {

    static final String USAGE = "bench/search-scale [--labels N] [--runs N] [--baseline-runs N] [--limit N]"
            + " [--schema NAME] [--reload] [--verbose]";

    static Options parse(String[] args, Map<String, String> env) {
        String url = env.getOrDefault("THRESHOLD_DB_URL", "jdbc:postgresql://localhost:5432/threshold");
        String user = env.getOrDefault("THRESHOLD_DB_USER", "threshold");
        String password = env.getOrDefault("THRESHOLD_DB_PASSWORD", "");
        String schema = "search_scale";
        int labels = 1_000_000;
        int runs = 200;
        int baselineRuns = 5;
        int limit = 100;
        boolean reload = false;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--labels" -> labels = positive(args, ++i);
                case "--runs" -> runs = positive(args, ++i);
                case "--baseline-runs" -> baselineRuns = positive(args, ++i);
                case "--limit" -> limit = positive(args, ++i);
                case "--schema" -> schema = value(args, ++i);
                case "--reload" -> reload = true;
                case "--verbose" -> verbose = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; usage: " + USAGE);
            }
        }
        if (!schema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("--schema must be a plain lower-case name, not " + schema);
        }
        return new Options(url, user, password, schema, labels, runs, baselineRuns, limit, reload, verbose);
    }

    /** The same database with the bench's schema first on the search path (pg_trgm may live in public). */
    String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value; usage: " + USAGE);
        }
        return args[i];
    }

    private static int positive(String[] args, int i) {
        String text = value(args, i);
        try {
            int n = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(args[i - 1] + " needs a positive whole number, not " + text);
    }
}
