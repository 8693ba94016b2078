package dev.why403.observation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.why403.diagnosis.Fact;
import dev.why403.observation.Observation.MatchedSignature;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The block pages of web filters in the visitor's own network (network-filters.yaml): each signature recognises a
 * realistic page of its product and says that the visitor's network filter answered, and none of them fires on a
 * plain 403 of a web server or CDN in front of the site.
 */
class NetworkFilterSignaturesTest {

    /** One realistic block page per signature, with the facts it must set. */
    static Stream<Arguments> filterResponses() {
        return Stream.of(
                filter("squid-access-denied-header", """
                        HTTP/1.1 403 Forbidden
                        Server: squid/6.6
                        Content-Type: text/html;charset=utf-8
                        X-Squid-Error: ERR_ACCESS_DENIED 0
                        Via: 1.1 gw.school.example.net (squid/6.6)

                        <html><body><p>Access Denied.</p></body></html>""", Map.of("vendor", "squid", "client_network_filter", "yes")),
                filter("squid-access-denied-page", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/html;charset=utf-8

                        <html><head><title>ERROR: The requested URL could not be retrieved</title></head>
                        <body id=ERR_ACCESS_DENIED>
                        <h2>The requested URL could not be retrieved</h2>
                        <p><b>Access Denied.</b></p>
                        <p>Access control configuration prevents your request from being allowed at this time.</p>
                        <div id="footer"><p>Generated Mon, 04 Mar 2024 10:00:00 GMT by proxy.example.net (squid/4.13)</p></div>
                        </body></html>""", Map.of("vendor", "squid", "client_network_filter", "yes")),
                filter(
                        "fortiguard-web-filter-block",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/html; charset="utf-8"

                        <html><head><title>Web Filter Violation</title></head>
                        <body><h1>FortiGuard Web Filtering</h1><h3>Web Page Blocked!</h3>
                        <p>URL: games.example.com/</p><p>Category: Games</p></body></html>""",
                        Map.of("vendor", "fortinet", "client_network_filter", "yes")),
                filter(
                        "paloalto-url-filtering-block",
                        """
                        HTTP/1.1 503 Service Unavailable
                        Content-Type: text/html

                        <html><head><title>Web Page Blocked</title></head>
                        <body><p>Access to the web page you were trying to visit has been blocked in accordance with company policy.</p>
                        <p>Category: social-networking</p></body></html>""",
                        Map.of("vendor", "palo-alto-networks", "client_network_filter", "yes")),
                filter("zscaler-category-block", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/html

                        <html><head><title>Internet Security by Zscaler</title></head>
                        <body><span>Website blocked</span><p>Not allowed to browse Gambling category</p></body></html>""", Map.of("vendor", "zscaler", "client_network_filter", "yes")),
                filter("cisco-wsa-policy-block", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/html

                        <html><head><title>Notification: Policy: URL Filtering</title></head>
                        <body><h1>This Page Cannot Be Displayed</h1>
                        <p>Based on your organization's access policies, access to this web site ( http://video.example.com/ ) has been blocked because the web category &quot;Streaming Video&quot; is not allowed.</p></body></html>""", Map.of("vendor", "cisco", "client_network_filter", "yes")),
                filter(
                        "bluecoat-content-filter-denied",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/html
                        Cache-Control: no-cache

                        <html><head><title>Access Denied</title></head>
                        <body><b>Access Denied (content_filter_denied)</b>
                        <p>Your request was denied because of its content categorization: "Personal Sites and Blogs"</p></body></html>""",
                        Map.of("vendor", "symantec", "client_network_filter", "yes")));
    }

    /** The ids of every signature above. */
    static List<String> filterSignatureIds() {
        return SignatureCases.ids(filterResponses());
    }

    /** Plain 403s of a site's own web server or CDN, each paired with every filter signature id. */
    static Stream<Arguments> siteResponses() {
        Map<String, String> plain = Map.of(
                "bare nginx page",
                """
                HTTP/1.1 403 Forbidden
                Server: nginx/1.24.0
                Content-Type: text/html

                <html>
                <head><title>403 Forbidden</title></head>
                <body>
                <center><h1>403 Forbidden</h1></center>
                <hr><center>nginx/1.24.0</center>
                </body>
                </html>""",
                "bare Apache page",
                """
                HTTP/1.1 403 Forbidden
                Server: Apache/2.4.57 (Debian)
                Content-Type: text/html; charset=iso-8859-1

                <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
                <html><head><title>403 Forbidden</title></head><body>
                <h1>Forbidden</h1>
                <p>You don't have permission to access this resource.</p>
                </body></html>""",
                "Cloudflare block page",
                """
                HTTP/2 403
                server: cloudflare
                cf-ray: 8a1b2c3d4e5f6071-FRA
                content-type: text/html; charset=UTF-8

                <!DOCTYPE html>
                <html><head><title>Attention Required! | Cloudflare</title></head>
                <body><h1>Sorry, you have been blocked</h1>
                <h2>You are unable to access example.com</h2>
                <p>Cloudflare Ray ID: 8a1b2c3d4e5f6071</p></body></html>""",
                "bare Cloudflare 403",
                """
                HTTP/1.1 403 Forbidden
                Server: cloudflare
                Content-Type: text/html

                <html>
                <head><title>403 Forbidden</title></head>
                <body>
                <center><h1>403 Forbidden</h1></center>
                <hr><center>cloudflare</center>
                </body>
                </html>""");
        return SignatureCases.pairedWithEveryId(plain, filterSignatureIds());
    }

    @ParameterizedTest
    @MethodSource("filterResponses")
    void aFiltersBlockPageMatchesItsSignatureAndSetsItsFacts(String raw, Map<String, String> expected, String id) {
        Observation observation = SignatureCases.observe(raw);

        assertThat(observation.facts())
                .extracting(Fact::name, Fact::value)
                .contains(SignatureCases.factTuples(expected));
    }

    @ParameterizedTest
    @MethodSource("filterResponses")
    void theMatchIsNamedAfterTheSignature(String raw, Map<String, String> expected, String id) {
        assertThat(SignatureCases.observe(raw).signatures())
                .extracting(MatchedSignature::id)
                .contains(id);
    }

    @ParameterizedTest
    @MethodSource("filterResponses")
    void aFiltersBlockPageSaysNothingAboutWhichLayerOfTheSiteRefused(
            String raw, Map<String, String> expected, String id) {
        assertThat(SignatureCases.observe(raw).facts()).extracting(Fact::name).doesNotContain("refused_by");
    }

    @ParameterizedTest
    @MethodSource("siteResponses")
    void aPlainRefusalOfTheSiteDoesNotMatch(String raw, String id) {
        Observation observation = SignatureCases.observe(raw);

        assertThat(observation.signatures()).extracting(MatchedSignature::id).doesNotContain(id);
        assertThat(observation.facts()).extracting(Fact::name).doesNotContain("client_network_filter");
    }

    private static Arguments filter(String id, String raw, Map<String, String> facts) {
        return SignatureCases.signatureCase(id, raw, facts);
    }
}
