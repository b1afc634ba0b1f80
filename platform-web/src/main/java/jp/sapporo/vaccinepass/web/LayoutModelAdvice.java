package jp.sapporo.vaccinepass.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.HtmlUtils;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutModelAdvice {

	private final PlatformWebProperties properties;

	/**
	 * The language switch's list items for each page language, by language: the same on
	 * every page, so made once here and printed by the layout as they are. Made by the
	 * layout's own loop (a link, a label and four attributes per language), they cost
	 * about 0.15 ms of CPU per page (docs/benchmarks.md, "Resident app", fifth round).
	 */
	private final Map<String, String> languageSwitch;

	LayoutModelAdvice(PlatformWebProperties properties, MessageSource messages) {
		this.properties = properties;
		this.languageSwitch = properties.locales()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Locale::getLanguage,
					(page) -> switchItems(properties.locales(), page, messages)));
	}

	/**
	 * @param languages the app's languages
	 * @param page the page's language
	 * @param messages the messages (each language's name in that language)
	 * @return one list item with an escaped link per language, the page's own marked
	 * current
	 */
	static String switchItems(List<Locale> languages, Locale page, MessageSource messages) {
		StringBuilder items = new StringBuilder();
		for (Locale language : languages) {
			String tag = HtmlUtils.htmlEscape(language.toLanguageTag());
			String name = messages.getMessage("layout.language." + language.getLanguage(), null,
					language.getDisplayLanguage(language), language);
			items.append("<li><a href=\"?lang=")
				.append(tag)
				.append("\" hreflang=\"")
				.append(tag)
				.append("\" lang=\"")
				.append(tag)
				.append(language.getLanguage().equals(page.getLanguage()) ? "\" aria-current=\"true\">" : "\">")
				.append(HtmlUtils.htmlEscape(name))
				.append("</a></li>");
		}
		return items.toString();
	}

	@ModelAttribute("appId")
	String appId() {
		return this.properties.app();
	}

	@ModelAttribute("signedIn")
	boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	@ModelAttribute("userName")
	String userName() {
		if (!signedIn()) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication.getPrincipal() instanceof PlatformUser user) ? user.displayName()
				: authentication.getName();
	}

	/**
	 * @param locale the page's language
	 * @return the language switch's items, escaped markup (see {@link #switchItems})
	 */
	@ModelAttribute("languageSwitch")
	String languageSwitch(Locale locale) {
		return this.languageSwitch.getOrDefault(locale.getLanguage(),
				this.languageSwitch.get(this.properties.defaultLocale().getLanguage()));
	}

}
