package jp.sapporo.vaccinepass.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Guards an app's translations: every message key exists in every language, every key a
 * template names exists, and no template shows literal text that would escape
 * translation.
 */
public final class TranslationCheck {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{'?([A-Za-z0-9_.-]+)'?[}(]");

	private static final Pattern WORDS = Pattern.compile("[\\p{L}&&[^\\p{IsLatin}]]|[A-Za-z]{2,}");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:remove");

	private final Path templates;

	private final List<Path> bundles = new ArrayList<>();

	private final List<String> languages;

	/**
	 * @param resources the module's {@code src/main/resources}
	 * @param languages the message files' suffixes besides the default (Japanese), e.g.
	 * {@code en}, {@code zh}
	 * @param baseNames bundle base names relative to resources, e.g. {@code messages/app}
	 */
	public TranslationCheck(Path resources, List<String> languages, String... baseNames) {
		this.templates = resources.resolve("templates");
		this.languages = languages;
		for (String baseName : baseNames) {
			this.bundles.add(resources.resolve(baseName));
		}
	}

	/**
	 * @return keys present in one language file but missing from another
	 */
	public List<String> missingTranslations() {
		List<String> problems = new ArrayList<>();
		for (Path bundle : this.bundles) {
			Set<String> base = load(bundle, "").stringPropertyNames();
			for (String language : this.languages) {
				Set<String> translated = load(bundle, "_" + language).stringPropertyNames();
				difference(base, translated)
					.forEach((key) -> problems.add(bundle.getFileName() + "_" + language + ": missing " + key));
				difference(translated, base).forEach((key) -> problems
					.add(bundle.getFileName() + ": missing " + key + " (only in " + language + ")"));
			}
		}
		return problems;
	}

	/**
	 * @param alsoKnown keys defined elsewhere (e.g. the shared platform messages)
	 * @return message keys named literally in templates but defined nowhere
	 */
	public List<String> undefinedKeys(Set<String> alsoKnown) {
		Set<String> known = new TreeSet<>(alsoKnown);
		for (Path bundle : this.bundles) {
			known.addAll(load(bundle, "").stringPropertyNames());
		}
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(read(template));
			while (matcher.find()) {
				String key = matcher.group(1);
				// keys built at run time ('prefix.' + ${value}) end with a dot
				if (!key.endsWith(".") && !known.contains(key)) {
					problems.add(this.templates.relativize(template) + ": " + key);
				}
			}
		}
		return problems;
	}

	/**
	 * @return text in templates that is not replaced by a translated message
	 */
	public List<String> literalText() {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(read(template));
			for (Element element : document.getAllElements()) {
				if (isTranslated(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (WORDS.matcher(text.text()).find()) {
						problems.add(this.templates.relativize(template) + ": \"" + text.text().strip() + "\"");
					}
				}
			}
		}
		return problems;
	}

	public static Set<String> keysOf(Path bundle) {
		return load(bundle, "").stringPropertyNames();
	}

	private static boolean isTranslated(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : TEXT_ATTRIBUTES) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	private List<Path> templates() {
		try (Stream<Path> files = Files.walk(this.templates)) {
			return files.filter((f) -> f.toString().endsWith(".html")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Properties load(Path bundle, String suffix) {
		Path file = bundle.resolveSibling(bundle.getFileName() + suffix + ".properties");
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
