package jp.sapporo.vaccinepass.verifier.proof;

import jp.sapporo.vaccinepass.verifier.VerifierConsoleApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second verifier console in the test JVM, on a random port and on the test context's
 * database (the same URL and user, not a new database): two instances behind a load
 * balancer.
 */
final class SecondInstance {

	private SecondInstance() {
	}

	static ConfigurableApplicationContext start(Environment first) {
		return new SpringApplicationBuilder(VerifierConsoleApplication.class).profiles("demo")
			.properties("server.port=0", "spring.main.banner-mode=off",
					"spring.datasource.url=" + first.getRequiredProperty("spring.datasource.url"),
					"spring.datasource.username=" + first.getRequiredProperty("spring.datasource.username"),
					"spring.datasource.password=" + first.getProperty("spring.datasource.password", ""))
			.run();
	}

	static int port(ConfigurableApplicationContext instance) {
		return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
