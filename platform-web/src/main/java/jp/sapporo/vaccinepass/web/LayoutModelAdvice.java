package jp.sapporo.vaccinepass.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutModelAdvice {

	private final PlatformWebProperties properties;

	/** The language switch's links, each named in its own language. */
	private final List<LanguageLink> languageLinks;

	LayoutModelAdvice(PlatformWebProperties properties, MessageSource messages) {
		this.properties = properties;
		this.languageLinks = properties.locales()
			.stream()
			.map((language) -> new LanguageLink(language.toLanguageTag(), "?lang=" + language.toLanguageTag(),
					messages.getMessage("layout.language." + language.getLanguage(), null,
							language.getDisplayLanguage(language), language),
					false))
			.toList();
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
	 * The language switch: its links are made once at start-up and the layout only prints
	 * them (in the layout, a link expression, a message and four attributes per language
	 * were about a third of a small page's rendering in a profile).
	 */
	@ModelAttribute("languages")
	List<LanguageLink> languages(Locale locale) {
		return this.languageLinks.stream()
			.map((link) -> link.tag().equals(locale.getLanguage())
					? new LanguageLink(link.tag(), link.href(), link.label(), true) : link)
			.toList();
	}

	/**
	 * A link of the language switch.
	 *
	 * @param tag the language tag ({@code ja}, {@code en}, {@code zh})
	 * @param href the current page in that language
	 * @param label the language's name in that language
	 * @param current whether it is the page's language
	 */
	record LanguageLink(String tag, String href, String label, boolean current) {
	}

}
