package jp.sapporo.vaccinepass.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Keeps the user's language in a cookie, limited to the app's languages; the first one
 * (Japanese) is the default whatever the browser asks for.
 */
class SupportedLocaleResolver extends CookieLocaleResolver {

	private final List<Locale> supported;

	SupportedLocaleResolver(List<Locale> supported) {
		super("lang");
		this.supported = List.copyOf(supported);
		setDefaultLocale(supported.get(0));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supportedOrDefault(super.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		super.setLocale(request, response, (locale != null) ? supportedOrDefault(locale) : null);
	}

	private Locale supportedOrDefault(Locale locale) {
		for (Locale candidate : this.supported) {
			if (candidate.getLanguage().equals(locale.getLanguage())) {
				return candidate;
			}
		}
		return this.supported.get(0);
	}

}
