package jp.sapporo.vaccinepass.web.login;

import java.time.Clock;

import javax.sql.DataSource;

import jp.sapporo.vaccinepass.web.PlatformWebProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** The login rules every app shares. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginPolicy.class)
public class LoginConfiguration {

	@Bean
	LoginThrottle loginThrottle(JdbcClient jdbc, DataSource dataSource, Clock clock, LoginPolicy policy,
			PlatformWebProperties properties) {
		return new LoginThrottle(jdbc, new TransactionTemplate(new JdbcTransactionManager(dataSource)), clock, policy,
				properties.app());
	}

	@Bean
	LoginSecurity loginSecurity(ObjectProvider<UserDetailsService> accounts, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, LoginPolicy policy, Clock clock) {
		return new LoginSecurity(accounts, passwordEncoder, throttle, policy, clock);
	}

}
