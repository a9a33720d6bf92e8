package dev.threshold.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which Origin (or Referer) names the host a request was sent to. */
class CrossSiteWriteFilterTest {

    @Test
    void theSameHostAndPortIsSameOrigin() {
        assertTrue(CrossSiteWriteFilter.sameHost("http://localhost:8080", "localhost:8080"));
        assertTrue(CrossSiteWriteFilter.sameHost("https://threshold.example.com", "threshold.example.com"));
        assertTrue(CrossSiteWriteFilter.sameHost("https://threshold.example.com:443", "threshold.example.com"));
        assertTrue(CrossSiteWriteFilter.sameHost("http://LOCALHOST:8080/ui/camera.xhtml?id=1", "localhost:8080"));
    }

    @Test
    void anotherHostPortOrNoOriginIsNot() {
        assertFalse(CrossSiteWriteFilter.sameHost("https://evil.example.com", "threshold.example.com"));
        assertFalse(CrossSiteWriteFilter.sameHost("http://localhost:8081", "localhost:8080"));
        assertFalse(CrossSiteWriteFilter.sameHost("https://threshold.example.com.evil.io", "threshold.example.com"));
        assertFalse(CrossSiteWriteFilter.sameHost("null", "localhost:8080"));
        assertFalse(CrossSiteWriteFilter.sameHost(null, "localhost:8080"));
        assertFalse(CrossSiteWriteFilter.sameHost("localhost:8080", "localhost:8080"));
        assertFalse(CrossSiteWriteFilter.sameHost("http://a b", "localhost:8080"));
        assertFalse(CrossSiteWriteFilter.sameHost("http://localhost:8080", null));
    }
}
