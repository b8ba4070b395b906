package com.cloudmarket.marketplace.web.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An unclosed rule in the stylesheet swallows every rule after it, silently: each rule must close before the next. */
class ConsoleCssTest {

    @Test
    void everyRuleOfTheStylesheetIsClosed() throws IOException {
        String css = Files.readString(Path.of("src/main/webapp/resources/css/console.css"), StandardCharsets.UTF_8)
                .replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertTrue(depth == 1, "a rule opens inside another one (the one before is not closed), line " + line);
            } else if (c == '}') {
                depth--;
                assertTrue(depth == 0, "a rule closes that never opened, line " + line);
            }
        }
        assertTrue(depth == 0, "the last rule is not closed");
    }
}
