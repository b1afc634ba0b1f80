package jp.sapporo.vaccinepass.web.login;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * How an app's users log in: its own accounts (the app's {@link UserDetailsService})
 * behind the shared {@link LoginThrottle}, and sessions with an absolute lifetime.
 */
public class LoginSecurity {

	private final ObjectProvider<UserDetailsService> accounts;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final LoginPolicy policy;

	private final Clock clock;

	LoginSecurity(ObjectProvider<UserDetailsService> accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			LoginPolicy policy, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Apply the login rules to a filter chain.
	 * @param http the app's security builder
	 * @return the same builder
	 */
	public HttpSecurity apply(HttpSecurity http) {
		UserDetailsService users = this.accounts.getIfUnique();
		if (users != null) {
			// the only provider, without a parent manager, so nothing gets around the
			// throttle
			http.authenticationManager(
					new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck(users), this.throttle)));
		}
		return http.addFilterBefore(new SessionLifetimeFilter(this.policy.sessionLifetime(), this.clock),
				SecurityContextHolderFilter.class);
	}

	private DaoAuthenticationProvider passwordCheck(UserDetailsService users) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(this.passwordEncoder);
		// a disabled or locked account is told only after its password was checked, so
		// that it costs the same time as any other account
		provider.setPreAuthenticationChecks((user) -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		return provider;
	}

}
