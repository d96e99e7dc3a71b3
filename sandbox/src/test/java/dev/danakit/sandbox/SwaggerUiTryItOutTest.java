package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI at {@code /docs/} used as a person uses it, in headless Chromium: choose a product in the
 * definition dropdown, expand an operation, press "Try it out", then "Execute", and read what the page shows.
 * A fresh sandbox with nothing registered: only the built-in demo merchant. Screenshots: {@code target/browser-check/}.
 */
class SwaggerUiTryItOutTest {

    private static final Path OUT = Path.of("target", "browser-check");

    private static Sandbox sandbox;
    private static ChromeDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(OUT);
        sandbox = Sandbox.start(SandboxOptions.defaults(Files.createTempDirectory("dana-sandbox-browser")).withPort(0));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void fiveOperationsExecutedThroughTryItOutShowDanasSuccessCodes() throws IOException {
        record Call(String product, String tag, String operationId, int status, String code) {
        }
        List<Call> calls = List.of(
                new Call("widget", "Widget", "applyOtt", 200, "2004900"),
                new Call("payment-gateway", "PaymentGateway", "createOrder", 200, "2005400"),
                new Call("payment-gateway", "PaymentGateway", "queryPayment", 200, "2005500"),
                new Call("widget", "Widget", "balanceInquiry", 200, "2001100"),
                new Call("disbursement", "Disbursement", "transferToBank", 200, "2004300"));
        for (Call call : calls) {
            openDocs();
            chooseProduct(call.product());
            WebElement operation = tryItOut(call.tag(), call.operationId());
            Answer answer = execute(operation);
            assertEquals(call.status(), answer.status(), call + " shows " + answer);
            assertTrue(answer.body().contains("\"responseCode\": \"" + call.code() + "\""), call + " shows " + answer);
            assertTrue(answer.body().contains("\"responseMessage\": \"Successful\""), call + " shows " + answer);
            if (call.operationId().equals("applyOtt")) {
                screenshot(operation, "try-it-out-apply-ott.png");
            }
        }
    }

    @Test
    void anOpenApiOperationIsSentInASignedEnvelopeAndSucceeds() {
        openDocs();
        chooseProduct("merchant-management");
        Answer answer = execute(tryItOut("MerchantManagement", "queryMerchantResource"));
        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.body().contains("\"resultStatus\": \"S\""), answer.toString());
        assertTrue(answer.body().contains("\"resultCodeId\": \"00000000\""), answer.toString());
    }

    @Test
    void aResultCodeWithLeadingZerosIsShownAsWritten() {
        openDocs();
        chooseProduct("merchant-management");
        WebElement operation = expand("MerchantManagement", "createShop");
        WebElement ok = operation.findElement(By.cssSelector(".responses-table .response[data-code='200']"));
        new Select(ok.findElement(By.cssSelector(".examples-select-element"))).selectByVisibleText("U 00000900 SYSTEM_ERROR");
        String example = wait.until(d -> {
            String text = ok.findElement(By.cssSelector("pre.example")).getText();
            return text.contains("SYSTEM_ERROR") ? text : null;
        });
        assertTrue(example.contains("\"resultCodeId\": \"00000900\""), example);
    }

    @Test
    void everyProductIsInTheDropdownAndEveryOperationIsRendered() throws IOException {
        openDocs();
        List<String> listed = new Select(browser.findElement(By.id("select"))).getOptions().stream()
                .map(WebElement::getText).toList();
        for (String spec : sandbox.specs()) {
            String product = spec.substring(0, spec.length() - ".yaml".length());
            assertTrue(listed.contains(product), product + " in " + listed);
            chooseProduct(product);
            List<String> anchors = operationAnchors(spec);
            assertFalse(anchors.isEmpty(), spec + " has operations");
            for (String anchor : anchors) {
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id(anchor)));
            }
        }
    }

    /** What the page shows under "Server response". */
    private record Answer(int status, String body) {
    }

    private static void openDocs() {
        browser.get(sandbox.baseUri() + "/docs/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("select")));
    }

    private static void chooseProduct(String product) {
        // Swagger UI disables its product list while a spec loads; a person waits for it too
        WebElement list = wait.until(ExpectedConditions.elementToBeClickable(By.id("select")));
        new Select(list).selectByVisibleText(product);
        // the spec's own link under its title names the chosen file once it is loaded and rendered
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .url"),
                "/openapi/" + product + ".yaml"));
        wait.until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
    }

    private static WebElement expand(String tag, String operationId) {
        By id = By.id("operations-" + tag + "-" + operationId);
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(id));
        click(operation.findElement(By.cssSelector(".opblock-summary-control")));
        wait.until(d -> d.findElement(id).getAttribute("class").contains("is-open"));
        return browser.findElement(id);
    }

    private static WebElement tryItOut(String tag, String operationId) {
        WebElement operation = expand(tag, operationId);
        click(wait.until(d -> operation.findElement(By.cssSelector(".try-out__btn"))));
        wait.until(d -> !operation.findElements(By.cssSelector("button.execute")).isEmpty());
        return operation;
    }

    private static Answer execute(WebElement operation) {
        click(operation.findElement(By.cssSelector("button.execute")));
        WebElement live = wait.until(d -> operation.findElements(By.cssSelector(".live-responses-table .response"))
                .stream().findFirst().orElse(null));
        String status = live.findElement(By.cssSelector(".response-col_status")).getText().trim();
        String body = wait.until(d -> live.findElements(By.cssSelector(".response-col_description pre")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
        return new Answer(Integer.parseInt(status), body);
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void screenshot(WebElement operation, String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                operation.findElement(By.cssSelector(".live-responses-table")));
        Path png = OUT.resolve(name);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(png) > 10_000, "screenshot written: " + png.toAbsolutePath());
    }

    /** Swagger UI's anchors, {@code operations-<tag>-<operationId>}, of every operation of a spec. */
    private static List<String> operationAnchors(String spec) throws IOException {
        List<String> anchors = new ArrayList<>();
        try (InputStream in = SwaggerUiTryItOutTest.class.getClassLoader().getResourceAsStream("openapi/" + spec)) {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).path("paths");
            paths.forEach(path -> path.forEach(operation -> {
                if (operation.has("operationId")) {
                    anchors.add("operations-" + operation.path("tags").path(0).asText("default") + "-"
                            + operation.get("operationId").asText());
                }
            }));
        }
        return anchors;
    }
}
