package jp.sapporo.vaccinepass.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for
 * tests of what a person sees. In CI ({@code CI=true}) a missing browser fails the test;
 * elsewhere the test is reported as skipped with the reason.
 */
public final class Browser implements AutoCloseable {

	public static final Dimension PHONE = new Dimension(390, 844);

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));

	private static final Path DRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

	private final WebDriver driver;

	private final Path userData;

	private final String baseUrl;

	private Browser(WebDriver driver, Path userData, String baseUrl) {
		this.driver = driver;
		this.userData = userData;
		this.baseUrl = baseUrl;
	}

	/**
	 * Open a browser window of the given size on an app.
	 * @param baseUrl e.g. {@code http://localhost:8081}
	 * @param viewport {@link #PHONE} or {@link #DESKTOP}
	 * @param language the browser's preferred language (Accept-Language)
	 * @return the browser
	 */
	public static Browser open(String baseUrl, Dimension viewport, String language) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI needs Chromium at " + CHROMIUM + " and chromedriver at " + DRIVER
					+ " (Debian packages chromium and chromium-driver)");
		}
		Assumptions.assumeTrue(installed,
				"Chromium or chromedriver is not installed (apt-get install chromium chromium-driver)");
		try {
			Path userData = Files.createTempDirectory("vaccine-pass-chromium-");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--user-data-dir=" + userData, "--lang=" + language,
					"--window-size=" + viewport.getWidth() + "," + viewport.getHeight());
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, userData, baseUrl);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	public Browser go(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	public Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Click an element. When the click loads a new page (a link, or a button that submits
	 * a form), wait until the old page is gone, so that the next lookup cannot find an
	 * element of the page that was left.
	 */
	public Browser click(String css) {
		WebElement element = find(css);
		boolean loadsPage = Boolean.TRUE.equals(((JavascriptExecutor) this.driver).executeScript("""
				const e = arguments[0];
				if (e.matches('a[href]')) {
				  return !e.getAttribute('href').startsWith('#') && !e.hasAttribute('download') && !e.target;
				}
				return e.matches('button:not([type]), button[type=submit], input[type=submit]') && e.form != null;
				""", element));
		WebElement page = this.driver.findElement(By.tagName("html"));
		element.click();
		if (loadsPage) {
			WebDriverWait wait = new WebDriverWait(this.driver, Duration.ofSeconds(10));
			wait.until((d) -> gone(page));
			wait.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		}
		return this;
	}

	/**
	 * The visible text of an element.
	 * @see #read(String, Function)
	 */
	public String text(String css) {
		return read(css, WebElement::getText);
	}

	/**
	 * An attribute (or property, e.g. {@code value}) of an element; {@code "null"} when
	 * it has none.
	 * @see #read(String, Function)
	 */
	public String attribute(String css, String name) {
		return read(css, (element) -> String.valueOf(element.getAttribute(name)));
	}

	/**
	 * Read from an element. Chromedriver can lose an element it has just found while the
	 * page settles (a stale element, or "does not belong to the document"); the element
	 * is then looked up again, for at most 10 seconds.
	 */
	private <T> T read(String css, Function<WebElement, T> reader) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((d) -> {
			try {
				return reader.apply(find(css));
			}
			catch (WebDriverException ex) {
				if (lost(ex)) {
					return null;
				}
				throw ex;
			}
		});
	}

	/** Whether an element belongs to a page that has been left. */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			if (lost(ex)) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Chromedriver's two ways of saying that an element belongs to a page that is gone: a
	 * stale element, or "does not belong to the document" while the next page settles.
	 */
	private static boolean lost(WebDriverException ex) {
		return ex instanceof StaleElementReferenceException
				|| String.valueOf(ex.getMessage()).contains("does not belong to the document");
	}

	public String path() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	public Browser waitFor(String css) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((d) -> !d.findElements(By.cssSelector(css)).isEmpty());
		return this;
	}

	/** Log in through the app's login form. */
	public Browser logIn(String username, String password) {
		go("/login");
		type("#username", username);
		type("#password", password);
		click("form#login-form button[type=submit]");
		return this;
	}

	/**
	 * Save a screenshot under {@code target/screenshots/} (kept as a build artifact).
	 * @param name the file name without extension
	 * @return the file
	 */
	public Path screenshot(String name) {
		try {
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			Path file = folder.resolve(name + ".png");
			Path shot = ((TakesScreenshot) this.driver).getScreenshotAs(OutputType.FILE).toPath();
			Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		try (var paths = Files.walk(this.userData)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// temporary folder; the system cleans it
		}
	}

}
