package dev.threshold.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The hostile bodies both fuzzers send (the webhook's, {@link WebhookFuzzIT}, and the API's, {@link ApiFuzzIT}), drawn
 * from the fuzzer's own seeded random source so that a failing run can be repeated.
 */
final class HostileJson {

    /** JSON values that have broken parsers, mappers and databases: huge numbers, NULs, lone surrogates, depth. */
    static final List<String> VALUES = List.of(
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1e400",
            "-1e-400",
            "123456789012345678901234567890123456789012345678901234567890",
            "3.14",
            "\"\"",
            "\" \"",
            "\"\\u0000\"",
            "\"\\ud800\"",
            "\"" + "é€😀".repeat(50) + "\"",
            "[]",
            "{}",
            "[1,[2,[3]]]",
            "{\"a\":{\"b\":{}}}",
            "\"2026-13-45T99:99:99Z\"",
            "\"" + "x".repeat(2000) + "\"");

    private final Random random;

    HostileJson(Random random) {
        this.random = random;
    }

    String value() {
        return VALUES.get(random.nextInt(VALUES.size()));
    }

    /** A few bytes of {@code bytes} overwritten at random, in place: JSON that is almost right, or not UTF-8. */
    byte[] mutated(byte[] bytes) {
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** An object that starts with {@code fields} (e.g. {@code "name":"x",}) and then nests up to 50,000 deep. */
    String deeplyNested(String fields) {
        int depth = 10 + random.nextInt(random.nextBoolean() ? 100 : 50_000);
        String open = random.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return "{" + fields + "\"x\":" + open.repeat(depth) + "1" + close.repeat(depth) + "}";
    }

    byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** An object over the 64 KiB body limit: {@code fields} then a long string in {@code field}. */
    byte[] oversize(String fields, String field) {
        return ("{" + fields + "\"" + field + "\":\"" + "x".repeat(64 * 1024 + random.nextInt(100_000)) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
