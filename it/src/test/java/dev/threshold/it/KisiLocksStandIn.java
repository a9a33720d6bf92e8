package dev.threshold.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Kisi's {@code GET /locks} for a place with many locks, stood in for by WireMock at the base URL the test server
 * calls: it pages as Kisi does ({@code limit}, {@code offset}, at most 100 a page, {@code X-Collection-Range}) and
 * searches names with {@code query}. Runs in the test JVM.
 */
final class KisiLocksStandIn implements ResponseDefinitionTransformerV2 {

    private static final String NAME = "kisi-locks";
    private static final int MAX_LIMIT = 100;

    private final List<String> names;

    /** Locks with ids 1 to {@code count}, lock {@code id} named {@code name.apply(id)}. */
    private KisiLocksStandIn(int count, IntFunction<String> name) {
        this.names = IntStream.rangeClosed(1, count).mapToObj(name).toList();
    }

    static WireMockServer start(int count, IntFunction<String> name) {
        WireMockServer kisi = new WireMockServer(options()
                .port(Integer.getInteger("threshold.it.kisi.port", 9124))
                .extensions(new KisiLocksStandIn(count, name)));
        kisi.start();
        kisi.stubFor(get(urlPathEqualTo("/locks")).willReturn(aResponse().withTransformers(NAME)));
        return kisi;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String query = text(serveEvent.getRequest().queryParameter("query"), "").toLowerCase(Locale.ROOT);
        List<Integer> matching = IntStream.rangeClosed(1, names.size())
                .filter(id -> names.get(id - 1).toLowerCase(Locale.ROOT).contains(query))
                .boxed()
                .toList();
        int offset = Integer.parseInt(text(serveEvent.getRequest().queryParameter("offset"), "0"));
        int limit = Math.min(
                MAX_LIMIT, Integer.parseInt(text(serveEvent.getRequest().queryParameter("limit"), "10")));
        List<Integer> page =
                matching.subList(Math.min(offset, matching.size()), Math.min(offset + limit, matching.size()));
        String range = page.isEmpty()
                ? "*/" + matching.size()
                : offset + "-" + (offset + page.size() - 1) + "/" + matching.size();
        String body = page.stream()
                .map(id -> "{\"id\":" + id + ",\"name\":\"" + names.get(id - 1) + "\",\"place_id\":34}")
                .collect(Collectors.joining(",", "[", "]"));
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Collection-Range", range)
                .withBody(body)
                .build();
    }

    private static String text(QueryParameter parameter, String absent) {
        return parameter.isPresent() ? parameter.firstValue() : absent;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
