package com.cloudmarket.marketplace.e2e;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import static com.cloudmarket.marketplace.e2e.MarketplaceHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The business-day calendar on the real server: the bundled 2026 holidays, an operator's changes over the API and in
 * the console. Changes go to dates in 2031, each test to its own week, and every test sets the state it checks.
 */
class CalendarIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final MarketplaceHttp api = new MarketplaceHttp();

    @Test
    void theStateCouncilHolidaysOf2026AreThere() {
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        HttpResponse<String> response = api.get("/api/v1/calendar/days?from=2026-02-13&to=2026-03-01", operator, "en");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = json(response.body());
        assertEquals("Asia/Shanghai", page.getString("timeZone"));
        JsonArray days = page.getJsonArray("items");
        assertEquals(17, days.size());
        assertDay(days.getJsonObject(1), "2026-02-14", true, true);
        assertEquals("春节调休上班 make-up working day", days.getJsonObject(1).getString("note"));
        for (int i = 2; i <= 10; i++) {
            assertDay(days.getJsonObject(i), LocalDate.of(2026, 2, 13).plusDays(i).toString(), false, true);
        }
        assertDay(days.getJsonObject(15), "2026-02-28", true, true);
        assertDay(days.getJsonObject(16), "2026-03-01", false, false);
    }

    @Test
    void anOperatorMakesADayOffAndBackOverTheApi() {
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        String tuesday = "2031-03-04";

        HttpResponse<String> off = api.put("/api/v1/calendar/days/" + tuesday, "{\"workday\":false,\"note\":\"e2e 临时休息日\"}", operator);
        assertEquals(200, off.statusCode(), off.body());
        assertTrue(off.headers().firstValue("ETag").isPresent());
        JsonObject week = json(api.get("/api/v1/calendar/days?from=2031-03-03&to=2031-03-09", operator, null).body());
        JsonObject shown = week.getJsonArray("items").getJsonObject(1);
        assertDay(shown, tuesday, false, true);
        assertEquals("e2e 临时休息日", shown.getString("note"));
        assertEquals(json(api.get("/api/v1/me", operator, null).body()).getJsonNumber("accountId").longValue(),
                shown.getJsonNumber("updatedBy").longValue());

        HttpResponse<String> back = api.put("/api/v1/calendar/days/" + tuesday, "{\"workday\":true}", operator);
        assertEquals(200, back.statusCode(), back.body());
        assertDay(json(api.get("/api/v1/calendar/days/" + tuesday, operator, null).body()), tuesday, true, true);
    }

    @Test
    void onlyOperatorsAndOnlyValidDates() {
        String provider = api.token("provider", MarketplaceHttp.DEMO_PASSWORD);
        assertEquals(403, api.get("/api/v1/calendar/days?from=2031-04-07&to=2031-04-13", provider, null).statusCode());
        assertEquals(403, api.put("/api/v1/calendar/days/2031-04-08", "{\"workday\":false}", provider).statusCode());
        assertEquals(401, api.get("/api/v1/calendar/days?from=2031-04-07&to=2031-04-13", null, null).statusCode());

        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        HttpResponse<String> badDate = api.put("/api/v1/calendar/days/2031-04-31", "{\"workday\":false}", operator);
        assertEquals(400, badDate.statusCode(), badDate.body());
        assertEquals("application/problem+json", badDate.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("date", json(badDate.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        HttpResponse<String> badRange = api.get("/api/v1/calendar/days?from=2031-04-13&to=2031-04-07", operator, "en");
        assertEquals(400, badRange.statusCode(), badRange.body());
        assertEquals("Must not be before the start date.",
                json(badRange.body()).getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void anOperatorChangesADayInTheConsole() {
        String operator = api.token("operator", MarketplaceHttp.DEMO_PASSWORD);
        String wednesday = "2031-05-07";
        assertEquals(200, api.put("/api/v1/calendar/days/" + wednesday, "{\"workday\":true}", operator).statusCode());

        WebDriver page = browser.open();
        browser.logIn(api.baseUrl(), "operator", MarketplaceHttp.DEMO_PASSWORD);

        page.get(api.baseUrl() + "/operator/calendar.xhtml?month=2031-05");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-days")));
        assertEquals("2031-05", page.findElement(By.id("calendar-month")).getAttribute("data-month"));
        assertEquals(31, page.findElements(By.cssSelector("#calendar-days tbody tr")).size());
        assertEquals(9, page.findElements(By.cssSelector("#calendar-days tbody tr.day-off")).size(), "weekends of May 2031");

        // the 7th of May is row 6
        page.findElement(By.id("calendar-days:6:edit")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("edit-note")));
        assertTrue(page.findElement(By.id("edit-title")).getText().contains(wednesday));
        page.findElement(By.cssSelector("label[for='edit-workday:1']")).click();
        WebElement note = page.findElement(By.id("edit-note"));
        note.clear();
        note.sendKeys("控制台测试");
        page.findElement(By.id("edit-save")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("calendar-saved")));

        WebElement row = page.findElements(By.cssSelector("#calendar-days tbody tr")).get(6);
        assertTrue(row.getAttribute("class").contains("day-off"), row.getAttribute("class"));
        assertTrue(row.getText().contains("控制台测试"), row.getText());
        JsonObject day = json(api.get("/api/v1/calendar/days/" + wednesday, operator, null).body());
        assertDay(day, wednesday, false, true);
        assertEquals("控制台测试", day.getString("note"));
        assertTrue(page.findElements(By.cssSelector("#calendar-messages .ui-messages-error")).isEmpty(), "no error shown");
    }

    private static void assertDay(JsonObject day, String date, boolean workday, boolean override) {
        assertEquals(date, day.getString("date"), day.toString());
        assertEquals(workday, day.getBoolean("workday"), day.toString());
        assertEquals(override, day.getBoolean("override"), day.toString());
    }
}
