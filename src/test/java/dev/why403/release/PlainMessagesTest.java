package dev.why403.release;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A knowledge file of the wrong shape is explained in the words of YAML, never with Java type names. */
class PlainMessagesTest {

    static final String FIX = "fixes:\n  - id: new-token\n    title: Get a new token\n    detail: D\n"
            + "    difficulty: easy\n    audience: visitor\n    causes: [token]\n";

    private static void assertRefusedWith(String file, String text, String message) {
        assertThatThrownBy(() -> Fixtures.build(Fixtures.knowledgeWith(file, text), Fixtures.rules()))
                .isInstanceOfSatisfying(
                        ReleaseException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.problems())
                                .anySatisfy(problem -> org.assertj.core.api.Assertions.assertThat(problem.message())
                                        .isEqualTo(message)));
    }

    @Test
    void aWordWhereAListBelongs() {
        assertRefusedWith(
                "demo/fixes.yaml",
                FIX.replace("causes: [token]", "causes: token"),
                "expected a list, found the text 'token'");
    }

    @Test
    void aValueOutsideAnEnumerationOrOfTheWrongShape() {
        assertRefusedWith(
                "demo/fixes.yaml",
                FIX.replace("difficulty: easy", "difficulty: extreme"),
                "'extreme' is not one of easy, medium, hard");
        assertRefusedWith(
                "demo/fixes.yaml",
                FIX.replace("difficulty: easy", "difficulty:\n      level: easy"),
                "expected one of easy, medium, hard, found a mapping");
    }

    @Test
    void aWholeFileOfTheWrongShape() {
        assertRefusedWith(
                "demo/faq.yaml",
                "just words\n",
                "expected a mapping of names to values, found the text " + "'just words'");
    }
}
