package jp.sapporo.vaccinepass.web.login;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the password only as often as the {@link LoginThrottle} admits, and answers
 * every failure alike: a locked user name, a wrong password, an unknown user name and a
 * disabled account all end in the same {@link BadCredentialsException}, so the login page
 * cannot tell them apart. The password is checked (bcrypt's cost paid) even when the
 * attempt is refused, so that a lock does not show in the response time either.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider accounts;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String userName = attempt.getName();
		boolean admitted = this.throttle.admit(userName);
		Authentication result = null;
		try {
			result = this.accounts.authenticate(attempt);
		}
		catch (AuthenticationException ex) {
			// answered below like every other failure
		}
		if (!admitted || result == null) {
			throw new BadCredentialsException("Bad credentials");
		}
		this.throttle.succeeded(userName);
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
