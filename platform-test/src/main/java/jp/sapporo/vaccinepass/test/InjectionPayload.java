package jp.sapporo.vaccinepass.test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML, script and SQL metacharacters to type into form fields: a page must show them
 * escaped and the database keep them intact (or the field refuse them with a message when
 * it has a format).
 */
public final class InjectionPayload {

	/** Script, both quote kinds, an SQL comment and an SQL tautology. */
	public static final String TEXT = "<script>alert(1)</script>' OR '1'='1\"; --";

	private InjectionPayload() {
	}

	/**
	 * @param field the field the payload goes to
	 * @return the payload marked with the field's name, to find it again
	 */
	public static String in(String field) {
		return TEXT + " " + field;
	}

	/**
	 * @param html a page that shows the value
	 * @param value a payload from {@link #in(String)}
	 */
	public static void assertShownEscaped(String html, String value) {
		assertThat(html).as("shown escaped: " + value).contains(escaped(value));
		assertNotRaw(html);
	}

	/**
	 * @param visitor who opens the pages
	 * @param value a payload from {@link #in(String)}
	 * @param pages pages that must answer 200 and show the value escaped
	 */
	public static void assertShownEscapedOn(Visitor visitor, String value, String... pages) {
		for (String page : pages) {
			HttpResponse<String> shown = visitor.get(page);
			assertThat(shown.statusCode()).as(page).isEqualTo(200);
			assertShownEscaped(shown.body(), value);
		}
	}

	/**
	 * @param html a page that got the payload, whether or not it shows it
	 */
	public static void assertNotRaw(String html) {
		assertThat(html).as("no raw script").doesNotContain("<script>alert(1)");
	}

	/**
	 * @param text text
	 * @return the text as Thymeleaf escapes it in HTML
	 */
	public static String escaped(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
