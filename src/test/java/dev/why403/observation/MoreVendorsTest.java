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
 * The signatures for API gateways and SaaS vendors (gateways.yaml, saas.yaml) of the shipped knowledge: each one
 * recognises a realistic refusal of its vendor and sets the facts it promises, and none of them fires on a plain 403
 * from somewhere else.
 */
class MoreVendorsTest {

    /** One realistic response per new signature, with the facts it must set. */
    static Stream<Arguments> vendorResponses() {
        return Stream.of(
                vendor("kong-acl-consumer-not-allowed", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json; charset=utf-8
                        Server: kong/2.4.1
                        X-Kong-Response-Latency: 10

                        {"message":"You cannot consume this service"}""", Map.of("vendor", "kong", "role_lacks_permission", "yes")),
                vendor("kong-generated-response", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json; charset=utf-8
                        X-Kong-Response-Latency: 1
                        X-Kong-Request-Id: 3f1c0b7d2a9e4c51

                        {"message":"Forbidden"}""", Map.of("vendor", "kong")),
                vendor("gateway-ip-not-allowed", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/plain; charset=utf-8
                        Server: APISIX/3.9.0

                        {"message":"Your IP address is not allowed"}""", Map.of("ip_banned", "yes")),
                vendor("apigee-ip-denied", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json

                        {"fault":{"faultstring":"Access Denied for client ip : 198.51.100.7","detail":{"errorcode":"accesscontrol.IPDeniedAccess"}}}""", Map.of("vendor", "apigee", "refused_by", "edge", "ip_banned", "yes")),
                vendor("apigee-insufficient-scope", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json

                        {"fault":{"faultstring":"Required scope(s) : WRITE","detail":{"errorcode":"oauth.v2.InsufficientScope"}}}""", Map.of("vendor", "apigee", "scope_insufficient", "yes")),
                vendor("apigee-fault", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json

                        {"fault":{"faultstring":"Raising fault. Fault name : RF-Forbidden","detail":{"errorcode":"steps.raisefault.RaiseFault"}}}""", Map.of("vendor", "apigee")),
                vendor(
                        "azure-apim-quota-exceeded",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json
                        Retry-After: 600

                        { "statusCode": 403, "message": "Out of call volume quota. Quota will be replenished in 00:10:00." }""",
                        Map.of(
                                "vendor",
                                "azure-api-management",
                                "refused_by",
                                "edge",
                                "rate_limit_message",
                                "yes",
                                "retry_after_given",
                                "yes")),
                vendor(
                        "okta-permission-denied",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json
                        X-Okta-Request-Id: Zx9yW8vU7tS6rQ5p

                        {"errorCode":"E0000006","errorSummary":"You do not have permission to perform the requested action","errorLink":"E0000006","errorId":"oae1a2b3c4d5e6f","errorCauses":[]}""",
                        Map.of("vendor", "okta", "refused_by", "application", "role_lacks_permission", "yes")),
                vendor(
                        "auth0-management-insufficient-scope",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json; charset=utf-8

                        {"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:users,read:user_idp_tokens","errorCode":"insufficient_scope"}""",
                        Map.of("vendor", "auth0", "scope_insufficient", "yes")),
                vendor(
                        "shopify-scope-needs-merchant-approval",
                        """
                        HTTP/2 403
                        content-type: application/json; charset=utf-8
                        x-request-id: 0b6e2f1c-3d4a-4b5c-8d9e-0f1a2b3c4d5e

                        {"errors":"[API] This action requires merchant approval for write_products scope."}""",
                        Map.of("vendor", "shopify", "scope_insufficient", "yes")),
                vendor(
                        "stripe-restricted-key-permission",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json
                        Request-Id: req_Zy9Xw8Vu7Ts6

                        {"error":{"message":"The provided key 'rk_live_****abcd' does not have the required permissions for this endpoint on account 'acct_1Example'. Having the 'rak_charge_read' permission would allow this request to continue.","type":"invalid_request_error"}}""",
                        Map.of("vendor", "stripe", "scope_insufficient", "yes")),
                vendor("discord-missing-permissions", """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json

                        {"message": "Missing Permissions", "code": 50013}""", Map.of("vendor", "discord", "role_lacks_permission", "yes")),
                vendor(
                        "bitbucket-credentials-lack-scopes",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json; charset=utf-8

                        {"type": "error", "error": {"message": "Your credentials lack one or more required privilege scopes.", "detail": {"required": ["pullrequest:write"], "granted": ["account", "repository"]}}}""",
                        Map.of("vendor", "bitbucket", "scope_insufficient", "yes")),
                vendor(
                        "atlassian-xsrf-check-failed",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/plain;charset=UTF-8
                        X-AREQUESTID: 622x1342x1

                        XSRF check failed""",
                        Map.of("vendor", "atlassian", "header_required", "x-atlassian-token")),
                vendor(
                        "atlassian-login-captcha-required",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: text/html;charset=UTF-8
                        X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://jira.example.com/login.jsp
                        X-Seraph-Loginreason: AUTHENTICATION_DENIED

                        <html><body>Forbidden</body></html>""",
                        Map.of("vendor", "atlassian", "account_problem", "login-captcha-required")),
                vendor(
                        "huggingface-gated-repo-refused",
                        """
                        HTTP/2 403
                        x-error-code: GatedRepo
                        x-request-id: Root=1-66f4b037-1bf3d7d219afbc904ee05694

                        Access denied.""",
                        Map.of("vendor", "huggingface", "role_lacks_permission", "yes")),
                vendor(
                        "huggingface-not-in-authorized-list",
                        """
                        HTTP/2 403
                        content-type: text/plain; charset=utf-8

                        Access to model meta-llama/Llama-3.1-8B is restricted and you are not in the authorized list. Visit https://huggingface.co/meta-llama/Llama-3.1-8B to ask for access.""",
                        Map.of("vendor", "huggingface", "role_lacks_permission", "yes")),
                vendor(
                        "artifactory-not-permitted-to-deploy",
                        """
                        HTTP/1.1 403 Forbidden
                        Content-Type: application/json

                        {"errors":[{"status":403,"message":"User token:ci is not permitted to deploy 'job/17.json' into 'artifactory-build-info:job/17.json'."}]}""",
                        Map.of(
                                "vendor",
                                "jfrog-artifactory",
                                "role_lacks_permission",
                                "yes",
                                "denied_identity_named",
                                "yes")));
    }

    /** The ids of every signature above: none of them may match a refusal that has nothing to do with its vendor. */
    static List<String> newSignatureIds() {
        return SignatureCases.ids(vendorResponses());
    }

    /** Plain 403s from elsewhere, each paired with every new signature id. */
    static Stream<Arguments> unrelatedResponses() {
        Map<String, String> plain =
                Map.of("bare nginx page", """
                HTTP/1.1 403 Forbidden
                Server: nginx/1.24.0
                Content-Type: text/html

                <html>
                <head><title>403 Forbidden</title></head>
                <body>
                <center><h1>403 Forbidden</h1></center>
                <hr><center>nginx/1.24.0</center>
                </body>
                </html>""", "bare Apache page", """
                HTTP/1.1 403 Forbidden
                Server: Apache/2.4.57 (Debian)
                Content-Type: text/html; charset=iso-8859-1

                <!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
                <html><head><title>403 Forbidden</title></head><body>
                <h1>Forbidden</h1>
                <p>You don't have permission to access this resource.</p>
                </body></html>""", "generic JSON refusal", """
                HTTP/2 403
                content-type: application/json
                x-request-id: 9f8e7d6c

                {"error":"forbidden","message":"You do not have access to this resource","code":403}""");
        return SignatureCases.pairedWithEveryId(plain, newSignatureIds());
    }

    @ParameterizedTest
    @MethodSource("vendorResponses")
    void aVendorsRefusalMatchesItsSignatureAndSetsItsFacts(String raw, Map<String, String> expected, String id) {
        Observation observation = SignatureCases.observe(raw);

        assertThat(observation.facts())
                .extracting(Fact::name, Fact::value)
                .contains(SignatureCases.factTuples(expected));
    }

    @ParameterizedTest
    @MethodSource("vendorResponses")
    void theMatchIsNamedAfterTheSignature(String raw, Map<String, String> expected, String id) {
        assertThat(SignatureCases.observe(raw).signatures())
                .extracting(MatchedSignature::id)
                .contains(id);
    }

    @ParameterizedTest
    @MethodSource("unrelatedResponses")
    void aPlainRefusalFromElsewhereDoesNotMatch(String raw, String id) {
        assertThat(SignatureCases.observe(raw).signatures())
                .extracting(MatchedSignature::id)
                .doesNotContain(id);
    }

    private static Arguments vendor(String id, String raw, Map<String, String> facts) {
        return SignatureCases.signatureCase(id, raw, facts);
    }
}
