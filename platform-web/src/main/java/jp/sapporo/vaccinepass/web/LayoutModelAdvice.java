package jp.sapporo.vaccinepass.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared layout needs on every page. */
@ControllerAdvice
class LayoutModelAdvice {

	private final PlatformWebProperties properties;

	LayoutModelAdvice(PlatformWebProperties properties) {
		this.properties = properties;
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

	@ModelAttribute("languages")
	List<Locale> languages() {
		return this.properties.locales();
	}

}
