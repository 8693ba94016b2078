package dev.why403.web;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A visitor as the forms see one: the CSRF cookie from a page, and its token sent back in the form. */
record CsrfForm(String cookie, String token) {

    static final String NAME = "csrf-token";
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("name=\"" + NAME + "\" value=\"([^\"]+)\"");

    static CsrfForm fromStartPage() {
        Response page = given().when().get("/");
        Matcher token = HIDDEN_TOKEN.matcher(page.asString());
        if (!token.find()) {
            throw new AssertionError("the start page has no hidden CSRF field");
        }
        return new CsrfForm(page.getCookie(NAME), token.group(1));
    }

    /** A form post that carries the cookie and the token and does not follow the redirect. */
    RequestSpecification post() {
        return given().redirects()
                .follow(false)
                .cookie(NAME, cookie)
                .contentType("application/x-www-form-urlencoded")
                .formParam(NAME, token);
    }
}
