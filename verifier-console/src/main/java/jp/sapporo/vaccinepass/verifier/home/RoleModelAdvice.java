package jp.sapporo.vaccinepass.verifier.home;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Which menu the navigation shows: each role sees only what it may open. */
@ControllerAdvice
class RoleModelAdvice {

	@ModelAttribute("isAgent")
	boolean isAgent() {
		return has("ROLE_TRAVEL_AGENT");
	}

	@ModelAttribute("isStaff")
	boolean isStaff() {
		return has("ROLE_CITY_STAFF");
	}

	@ModelAttribute("isLead")
	boolean isLead() {
		return has("ROLE_CITY_STAFF_LEAD");
	}

	private static boolean has(String role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return false;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (role.equals(authority.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
