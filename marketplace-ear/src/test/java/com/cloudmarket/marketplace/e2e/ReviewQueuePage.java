package com.cloudmarket.marketplace.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

/** The operator's review queue (operator/reviews.xhtml) as browser tests use it. */
final class ReviewQueuePage {

    private ReviewQueuePage() {
    }

    /**
     * Opens the queue and returns the link to one review. The queue is ordered by due time and paged, and a fresh
     * review is due last, so this follows "more" until the review shows.
     */
    static WebElement linkTo(Browser browser, WebDriver page, String baseUrl, long reviewId) {
        page.get(baseUrl + "/operator/reviews.xhtml");
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("review-queue")));
        By link = By.cssSelector("a[data-review-id='" + reviewId + "']");
        while (true) {
            List<WebElement> found = page.findElements(link);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            List<WebElement> more = page.findElements(By.id("review-queue-more"));
            if (more.isEmpty()) {
                throw new AssertionError("review " + reviewId + " is not in the queue");
            }
            int rows = page.findElements(By.cssSelector("#review-queue tbody tr")).size();
            more.get(0).click();
            browser.await().until(d -> d.findElements(By.cssSelector("#review-queue tbody tr")).size() > rows);
        }
    }
}
