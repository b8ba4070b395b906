package com.cloudmarket.marketplace.e2e;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Looks at a page for hostile text that became markup or ran. Payloads mark themselves: script payloads set
 * {@code window.__xss} to a number or call {@code alert(number)}, and that number names the field they came from.
 * <p>
 * {@link #arm} switches the page's Content-Security-Policy off, so an escaping mistake shows as a script that runs
 * instead of one that CSP happens to block: the escaping is checked on its own, CSP stays a second line of defence.
 */
final class InjectionProbe {

    /** Dialogs would block the driver; recording them keeps every page checkable and says which field opened one. */
    private static final String RECORD_DIALOGS = """
            (() => {
              const record = kind => message => {
                (window.__dialogs = window.__dialogs || []).push(kind + '(' + message + ')');
                return kind === 'confirm' ? false : null;
              };
              window.alert = record('alert');
              window.confirm = record('confirm');
              window.prompt = record('prompt');
            })();""";

    /**
     * Elements a payload made: an injected script (the application's own scripts carry PrimeFaces' nonce), an image
     * with the payloads' {@code src=x}, a frame, an {@code on…} attribute, a javascript: address or a style with script
     * in it (an input's value may hold such text: that is the text shown, not an address).
     * Each is named with the id of its nearest ancestor, so a failure says where on the page it sits.
     */
    private static final String FIND_INJECTED = """
            const marker = /__xss|alert\\(/;
            const where = e => { let a = e; while (a && !a.id) { a = a.parentElement; } return a ? '#' + a.id : 'document'; };
            const addresses = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'style'];
            const found = [];
            for (const e of document.querySelectorAll('*')) {
              const tag = e.tagName.toLowerCase();
              let injected = (tag === 'script' && !e.hasAttribute('nonce') && marker.test(e.textContent))
                  || (tag === 'img' && e.getAttribute('src') === 'x')
                  || (tag === 'iframe' || tag === 'object' || tag === 'embed');
              for (const a of e.attributes) {
                const value = a.value;
                injected = injected || (a.name.startsWith('on') && marker.test(value))
                    || (addresses.includes(a.name) && /javascript:|expression\\(/i.test(value) && marker.test(value));
              }
              if (tag === 'a' && e.hasAttribute('href')) {
                const protocol = new URL(e.getAttribute('href'), document.baseURI).protocol;
                injected = injected || !['http:', 'https:', 'mailto:'].includes(protocol);
              }
              if (injected) { found.push(where(e) + ' ' + e.outerHTML.slice(0, 200)); }
            }
            return found;""";

    /** What a reader sees: the title, the rendered text and the values of the form's inputs. */
    private static final String SHOWN_TEXT = """
            const parts = [document.title, document.body.innerText];
            document.querySelectorAll('input, textarea').forEach(i => parts.push(i.value));
            return parts.join('\\n');""";

    private InjectionProbe() {
    }

    /** Before the first page: no CSP, dialogs recorded. Applies to every later page of this browser. */
    static void arm(WebDriver driver) {
        ChromiumDriver chromium = (ChromiumDriver) driver;
        chromium.executeCdpCommand("Page.enable", Map.of());
        chromium.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_DIALOGS));
    }

    /**
     * Everything wrong with the open page: a payload that ran (named by {@code fieldOf} its marker), an injected
     * element, or a field of {@code shown} (name → text sent) whose text is not on the page as it was sent.
     */
    static List<String> problems(WebDriver driver, String page, Map<String, String> shown, IntFunction<String> fieldOf) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        List<String> problems = new ArrayList<>();
        Object marker = js.executeScript("return window.__xss === undefined ? null : String(window.__xss)");
        if (marker != null) {
            problems.add(page + ": a script ran, window.__xss=" + marker + " from " + field(marker.toString(), fieldOf));
        }
        Object dialogs = js.executeScript("return window.__dialogs || []");
        for (Object dialog : (List<?>) dialogs) {
            String number = dialog.toString().replaceAll("\\D", "");
            problems.add(page + ": a dialog opened, " + dialog + " from " + field(number, fieldOf));
        }
        try {
            driver.switchTo().alert();
            problems.add(page + ": an alert is open");
        } catch (NoAlertPresentException expected) {
            // no native dialog either
        }
        for (Object element : (List<?>) js.executeScript(FIND_INJECTED)) {
            problems.add(page + ": injected element " + element);
        }
        String text = (String) js.executeScript(SHOWN_TEXT);
        shown.forEach((field, value) -> {
            if (!text.contains(value)) {
                problems.add(page + ": " + field + " is not shown as sent: " + value);
            }
        });
        return problems;
    }

    private static String field(String number, IntFunction<String> fieldOf) {
        try {
            return fieldOf.apply(Integer.parseInt(number));
        } catch (RuntimeException notAMarker) {
            return "an unknown field";
        }
    }
}
